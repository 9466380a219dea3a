package org.linli.security.internal;

import java.util.HashMap;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The JAAS realm {@code linli}: users and roles in Linli's own database (tables
 * {@code linli_user} and {@code linli_user_role}), passwords salted and stretched by
 * {@link Pbkdf2Encryption}: {@code realm = linli} in {@code etc/org.linli.security.cfg}, the
 * default. A district IT team manages
 * the users with {@code jaas:realm-manage --realm linli} and {@code jaas:user-add}, which
 * {@link LinliRealmUsers} carries out.
 */
@Component(service = JaasRealm.class)
public class LinliJdbcRealm implements JaasRealm {
    static final String NAME = "linli";
    private static final String JDBC_MODULE = "org.apache.karaf.jaas.modules.jdbc.JDBCLoginModule";
    private static final String MODULES_BUNDLE = "org.apache.karaf.jaas.modules";

    private final BundleContext context;

    @Activate
    public LinliJdbcRealm(BundleContext context) {
        this.context = context;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        Map<String, Object> options = new HashMap<>();
        options.put(BundleContext.class.getName(), context);
        options.put(ProxyLoginModule.PROPERTY_MODULE, JDBC_MODULE);
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(modulesBundle()));
        options.put("datasource", "osgi:javax.sql.DataSource/(osgi.jndi.service.name=linli)");
        options.put("query.password", LinliUserTables.PASSWORD_QUERY);
        options.put("query.role", LinliUserTables.ROLES_QUERY);
        options.put("encryption.enabled", "true");
        options.put("encryption.name", "pbkdf2");
        options.put("encryption.algorithm", Pbkdf2Encryption.SCHEME);
        options.put("encryption.prefix", "{CRYPT}");
        options.put("encryption.suffix", "{CRYPT}");
        return new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
    }

    private long modulesBundle() {
        for (Bundle bundle : context.getBundles()) {
            if (MODULES_BUNDLE.equals(bundle.getSymbolicName())) {
                return bundle.getBundleId();
            }
        }
        throw new IllegalStateException("Karaf's JAAS login modules are not installed");
    }
}
