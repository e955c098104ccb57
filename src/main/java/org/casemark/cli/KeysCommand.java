package org.casemark.cli;

import org.casemark.store.ApiKey;
import org.casemark.store.Store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code keys create --tenant NAME [--admin]}, {@code keys revoke KEY_ID}, {@code keys list}, each with
 * {@code [--data DIR]}: API keys in the server's database. A new key is printed once; only its hash is stored.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Manage API keys: keys create --tenant NAME [--admin] | keys revoke KEY_ID | keys list.")
final class KeysCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(paramLabel = "create|revoke KEY_ID|list", arity = "0..*")
    List<String> positional = new ArrayList<>();
    @Option(names = "--tenant", paramLabel = "NAME", description = "the tenant of a new key")
    String tenant;
    @Option(names = "--admin", description = "an admin key")
    boolean admin;
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "the server's data directory (default: ${DEFAULT-VALUE})")
    Path data;

    KeysCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintStream out = io.out(), err = io.err();
        if (positional.isEmpty()) throw new Main.UsageException("give a sub-command: create, revoke or list");
        String sub = positional.get(0);
        // keys live in the server's database: a mistyped --data must not quietly create a new, empty one
        boolean creating = sub.equals("create");
        if (creating ? !java.nio.file.Files.isDirectory(data) : !java.nio.file.Files.exists(data.resolve("casemark.db"))) {
            throw new Main.UsageException("no " + (creating ? "directory " : "database in ") + data.toAbsolutePath()
                    + " (pass the --data DIR the server uses)");
        }
        try (Store store = Store.open(data)) {
            switch (sub) {
                case "create" -> {
                    if (positional.size() != 1) throw new Main.UsageException("keys create takes no argument");
                    Store.NewKey k;
                    try {
                        if (tenant == null) throw new Main.UsageException("keys create needs --tenant NAME");
                        k = store.createKey(tenant, admin ? ApiKey.ADMIN : ApiKey.TENANT);
                    } catch (IllegalArgumentException e) {
                        throw new Main.UsageException(e.getMessage());
                    }
                    err.println("created key " + k.apiKey().keyId() + " for tenant " + k.apiKey().tenant()
                            + " (shown only now; only its hash is stored):");
                    out.println(k.key());
                    return 0;
                }
                case "revoke" -> {
                    if (positional.size() != 2) throw new Main.UsageException("usage: keys revoke KEY_ID");
                    String keyId = positional.get(1);
                    if (keyId.startsWith("cm_") && keyId.split("_").length >= 3) keyId = keyId.split("_")[1];   // a whole key
                    String id = keyId;
                    java.util.Optional<ApiKey> before = store.keys().stream().filter(k -> k.keyId().equals(id)).findFirst();
                    if (before.isEmpty()) throw new Main.UsageException("no key '" + keyId + "' (see: keys list)");
                    if (before.get().revoked()) {
                        out.println(keyId + " was already revoked at " + before.get().revokedAt());
                        return 0;
                    }
                    store.revokeKey(keyId);
                    out.println("revoked " + keyId);
                    return 0;
                }
                case "list" -> {
                    for (ApiKey k : store.keys()) {
                        out.println(k.keyId() + "  " + k.tenant() + "  " + k.role() + "  created " + k.createdAt()
                                + (k.revoked() ? "  revoked " + k.revokedAt() : ""));
                    }
                    return 0;
                }
                default -> throw new Main.UsageException("unknown sub-command '" + sub + "' (create, revoke, list)");
            }
        }
    }
}
