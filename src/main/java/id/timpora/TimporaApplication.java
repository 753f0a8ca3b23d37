package id.timpora;

import id.timpora.infrastructure.operations.OperationsCommand;
import id.timpora.infrastructure.persistence.EmbeddedDatabase;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TimporaApplication {

    public static void main(String[] args) {
        if (OperationsCommand.handles(args)) {
            System.exit(OperationsCommand.run(args));
        }
        EmbeddedDatabase.Launch launch = EmbeddedDatabase.startUnlessConfigured(args);
        EmbeddedDatabase database = launch.database();
        if (database == null) {
            SpringApplication.run(TimporaApplication.class, args);
            return;
        }
        // One shutdown hook for both, in order: the application first (a graceful shutdown lets the requests in
        // flight finish and commit), then its database. Two separate hooks would run at the same time.
        SpringApplication application = new SpringApplication(TimporaApplication.class);
        application.setRegisterShutdownHook(false);
        AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            ConfigurableApplicationContext running = context.get();
                            if (running != null) {
                                running.close();
                            }
                            database.close();
                        },
                        "timpora-shutdown"));
        try {
            context.set(application.run(launch.args()));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
