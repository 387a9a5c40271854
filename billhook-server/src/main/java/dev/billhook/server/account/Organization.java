package dev.billhook.server.account;

/**
 * A tenant: everything the API shows is scoped to one organization.
 *
 * @param mode {@code "sandbox"} or {@code "live"}, as the webhook envelope's {@code mode}
 */
public record Organization(String id, String name, String mode) {
    public boolean livemode() {
        return "live".equals(mode);
    }
}
