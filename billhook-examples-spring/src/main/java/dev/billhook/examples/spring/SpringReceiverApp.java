package dev.billhook.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Commet webhook receiver as a Spring Boot application. The starter registers the endpoint at
 * {@code /webhooks/commet} from {@code application.properties}; {@link SubscriptionAccess} holds
 * the handlers. Nothing else is needed.
 *
 * <pre>{@code
 * COMMET_WEBHOOK_SECRET=whsec_... PORT=8090 java -cp ... dev.billhook.examples.spring.SpringReceiverApp
 * }</pre>
 */
@SpringBootApplication(proxyBeanMethods = false)
public class SpringReceiverApp {
    public static void main(String[] args) {
        SpringApplication.run(SpringReceiverApp.class, args);
    }
}
