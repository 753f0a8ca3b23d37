package id.timpora.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * Sign-ins are throttled per client address, and every MockMvc request would otherwise come from 127.0.0.1: the
 * failed sign-ins of unrelated tests would add up and throttle each other. Each request gets its own private address
 * instead, unless the test sets one ({@code request.setRemoteAddr}, applied after this default).
 */
@TestComponent
public class TestClientAddresses implements MockMvcBuilderCustomizer {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.defaultRequest(get("/").with(request -> {
            int n = NEXT.incrementAndGet();
            request.setRemoteAddr("10.77." + (n >> 8 & 0xff) + "." + (n & 0xff));
            return request;
        }));
    }
}
