package id.timpora;

import id.timpora.infrastructure.persistence.EmbeddedDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TimporaApplication {

    public static void main(String[] args) {
        SpringApplication.run(TimporaApplication.class, EmbeddedDatabase.startUnlessConfigured(args));
    }
}
