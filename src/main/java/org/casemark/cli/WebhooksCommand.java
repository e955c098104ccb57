package org.casemark.cli;

import org.casemark.store.Store;
import org.casemark.store.WebhookConfig;
import org.casemark.webhook.CallbackPolicy;
import org.casemark.webhook.StandardWebhooks;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code webhooks secret create|rotate|revoke|list} and {@code webhooks endpoint set|clear|list}, each with
 * {@code [--data DIR]}: a tenant's Standard Webhooks signing secrets (which sign its results and verify its signed
 * requests) and its default callback endpoint, in the server's database. A new secret is printed once.
 */
@Command(name = "webhooks", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Webhook signing secrets (secret create|rotate|revoke|list) and endpoints (endpoint set|clear|list).")
final class WebhooksCommand implements Callable<Integer> {
    static final Duration DEFAULT_GRACE = Duration.ofHours(24);
    private static final String TENANT = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private final Io io;

    @Parameters(paramLabel = "secret|endpoint SUB [SECRET_ID]", arity = "0..*")
    List<String> positional = new java.util.ArrayList<>();
    @Option(names = "--tenant", paramLabel = "T", description = "the tenant")
    String tenantOption;
    @Option(names = "--grace", paramLabel = "D", description = "how long a rotated-out secret stays valid (default: 24h)")
    String grace;
    @Option(names = "--url", paramLabel = "URL", description = "the tenant's default callback endpoint")
    String url;
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "the server's data directory (default: ${DEFAULT-VALUE})")
    Path data;

    WebhooksCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintStream out = io.out(), err = io.err();
        if (positional.size() < 2) {
            throw new Main.UsageException("give what and a sub-command: secret create|rotate|revoke|list, "
                    + "endpoint set|clear|list");
        }
        String what = positional.get(0) + " " + positional.get(1);
        // secrets live in the server's database: a mistyped --data must not quietly create a new, empty one
        boolean creating = what.equals("secret create") || what.equals("endpoint set");
        if (creating ? !Files.isDirectory(data) : !Files.exists(data.resolve(Store.FILE_NAME))) {
            throw new Main.UsageException("no " + (creating ? "directory " : "database in ") + data.toAbsolutePath()
                    + " (pass the --data DIR the server uses)");
        }
        try (Store store = Store.open(data)) {
            WebhookConfig config = store.webhooks();
            switch (what) {
                case "secret create" -> {
                    String tenant = tenant();
                    List<WebhookConfig.SecretInfo> live = config.secrets(tenant).stream()
                            .filter(s -> s.liveAt(Instant.now())).toList();
                    if (!live.isEmpty()) {
                        throw new Main.UsageException("tenant " + tenant + " already has a live secret ("
                                + live.get(0).secretId() + "); to replace it: webhooks secret rotate --tenant " + tenant);
                    }
                    String secret = StandardWebhooks.newSecret();
                    return printNew(config.addSecret(tenant, WebhookConfig.newSecretId(), secret), secret, null, out,
                            err);
                }
                case "secret rotate" -> {
                    String tenant = tenant();
                    Duration graceFor = WebhookOptions.duration("--grace", grace, DEFAULT_GRACE);
                    Instant oldUntil = Instant.now().plus(graceFor);
                    String secret = StandardWebhooks.newSecret();
                    return printNew(config.rotateSecret(tenant, WebhookConfig.newSecretId(), secret, oldUntil), secret,
                            oldUntil, out, err);
                }
                case "secret revoke" -> {
                    if (positional.size() != 3) throw new Main.UsageException("usage: webhooks secret revoke SECRET_ID");
                    String id = positional.get(2);
                    if (!config.revokeSecret(id)) throw new Main.UsageException("no secret '" + id + "' (see: webhooks secret list)");
                    out.println("revoked " + id);
                    return 0;
                }
                case "secret list" -> {
                    Instant now = Instant.now();
                    for (WebhookConfig.SecretInfo s : config.secrets(tenantOption != null ? tenant() : null)) {
                        out.println(s.secretId() + "  " + s.tenant() + "  created " + s.createdAt()
                                + (s.revokedAt() != null ? "  revoked " + s.revokedAt()
                                : s.expiresAt() != null ? (s.liveAt(now) ? "  expires " : "  expired ") + s.expiresAt()
                                : "  live"));
                    }
                    return 0;
                }
                case "endpoint set" -> {
                    String tenant = tenant();
                    if (url == null) throw new Main.UsageException("endpoint set needs --url URL");
                    try {
                        new CallbackPolicy(true, Set.of()).parse(url);
                    } catch (CallbackPolicy.Refused e) {
                        throw new Main.UsageException("--url: " + e.getMessage());
                    }
                    config.setDefaultEndpoint(tenant, url);
                    out.println("results of tenant " + tenant + " go to " + url + " unless a request names its own "
                            + "callback_url");
                    if (url.startsWith("http:")) {
                        err.println("note: a plain http endpoint is called only where serve runs with "
                                + "--allow-http-callbacks");
                    }
                    return 0;
                }
                case "endpoint clear" -> {
                    String tenant = tenant();
                    out.println(config.clearDefaultEndpoint(tenant) ? "cleared the endpoint of " + tenant
                            : tenant + " had no endpoint");
                    return 0;
                }
                case "endpoint list" -> {
                    for (WebhookConfig.Endpoint e : config.endpoints(tenantOption != null ? tenant() : null)) {
                        out.println(e.tenant() + "  " + e.url() + (e.isDefault() ? "  default" : "")
                                + (e.disabled() ? "  disabled " + e.disabledAt() + " (" + e.disabledReason() + ")" : ""));
                    }
                    return 0;
                }
                default -> throw new Main.UsageException("unknown sub-command '" + what + "' (secret create|rotate|"
                        + "revoke|list, endpoint set|clear|list)");
            }
        }
    }

    private static int printNew(WebhookConfig.SecretInfo s, String secret, Instant oldUntil, PrintStream out,
                                PrintStream err) {
        err.println("created secret " + s.secretId() + " for tenant " + s.tenant() + " (shown only now)"
                + (oldUntil == null ? "" : "; the previous secrets stay valid until " + oldUntil
                + ", and results are signed with both until then"));
        out.println(secret);
        return 0;
    }

    private String tenant() {
        if (tenantOption == null) throw new Main.UsageException("missing --tenant T");
        String t = tenantOption;
        if (!t.matches(TENANT)) {
            throw new Main.UsageException("tenant must be 1-64 letters, digits, '.', '_' or '-', was '" + t + "'");
        }
        return t;
    }
}
