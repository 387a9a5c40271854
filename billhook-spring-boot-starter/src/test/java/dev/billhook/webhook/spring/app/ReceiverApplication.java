package dev.billhook.webhook.spring.app;

import dev.billhook.webhook.ErrorHandler;
import dev.billhook.webhook.EventHandler;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.event.PaymentReceivedEvent;
import dev.billhook.webhook.spring.BillhookWebhookConfigurer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A receiving application using every way the starter offers to declare handlers: annotated methods
 * ({@link AnnotatedHandlers}), {@code EventHandler} beans with the type from the @Bean method's
 * return type, a catch-all, an error handler and a configurer. Each records into {@link Recorder}.
 * Also an ordinary controller, to show the rest of the application is untouched.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class ReceiverApplication {
    @Bean
    @Order(2)
    EventHandler<PaymentReceivedEvent> paymentBookkeeping(Recorder recorder) {
        return event -> recorder.record("bean:payment-2:" + event.data().customerId());
    }

    @Bean
    @Order(1)
    EventHandler<PaymentReceivedEvent> paymentReceipts(Recorder recorder) {
        return event -> recorder.record("bean:payment-1:" + event.data().customerId());
    }

    @Bean
    EventHandler<WebhookEvent> everyEvent(Recorder recorder) {
        return event -> recorder.record("bean:all:" + event.id());
    }

    @Bean
    ErrorHandler webhookErrors(Recorder recorder) {
        return (error, event) ->
                recorder.record("error:" + (event == null ? "rejected" : event.type()));
    }

    @Bean
    BillhookWebhookConfigurer invoiceConfigurer(Recorder recorder) {
        return builder ->
                builder.onInvoiceCreated(
                        event ->
                                recorder.record("configurer:invoice:" + event.data().customerId()));
    }

    /** The application's own endpoints, served by Spring MVC as usual. */
    @RestController
    static class EchoController {
        @GetMapping("/hello")
        String hello() {
            return "hello";
        }

        @PostMapping("/echo")
        String echo(@RequestBody String body) {
            return body;
        }
    }
}
