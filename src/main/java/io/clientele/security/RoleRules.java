package io.clientele.security;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * The rules the server enforces, read from the services themselves: for every public method of every feature service,
 * the least role its {@code @PreAuthorize} demands. The Roles page shows them and the authorization walk checks them
 * against docs/architecture.md's table and calls each as the roles under it, so the page cannot drift from either.
 */
@Component
public class RoleRules {
    /** Services of the platform itself (mail, jobs, preferences): they act for a caller already checked. */
    private static final Set<String> PLATFORM =
            Set.of("BulkJobService", "MailService", "MessageService", "NotificationService", "UserPreferences");

    private static final Pattern HAS_ROLE = Pattern.compile("hasRole\\('(\\w+)'\\)");

    /** A public method of a service: the bean to call it on (Spring's proxy), the service class and its rule. */
    public record Endpoint(Object bean, Class<?> service, Method method) {
        public String name() {
            return service.getSimpleName();
        }

        /** The feature the service belongs to: its package's last part. */
        public String feature() {
            String p = service.getPackageName();
            return p.substring(p.lastIndexOf('.') + 1);
        }

        /**
         * The role its rule names (the method's, else its class's, else the service's), "CUSTOMER+WRITE" for a
         * customer's own writes, or "-" for none.
         */
        public String rule() {
            PreAuthorize p = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
            if (p == null)
                p = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), PreAuthorize.class);
            if (p == null) p = AnnotatedElementUtils.findMergedAnnotation(service, PreAuthorize.class);
            if (p == null) return "-";
            if (p.value().equals(Roles.CUSTOMER_WRITES)) return "CUSTOMER+WRITE";
            if (p.value().equals(Roles.CUSTOMER_ADMIN_WRITES)) return "CUSTOMER_ADMIN+WRITE";
            Matcher r = HAS_ROLE.matcher(p.value());
            return r.matches() ? r.group(1) : p.value();
        }

        /** The least role that may call it; null for a method without a rule. */
        public Role least() {
            String rule = rule();
            return rule.equals("-") ? null : Role.valueOf(rule.replace("+WRITE", ""));
        }

        /** Whether {@code role} (with every role it includes) may call it. */
        public boolean allows(Role role) {
            Role least = least();
            return least != null && role.granted().contains(least);
        }
    }

    private final ApplicationContext ctx;

    RoleRules(ApplicationContext ctx) {
        this.ctx = ctx;
    }

    /** Every public method of every feature service, by "Service method[parameter types]". */
    public Map<String, Endpoint> endpoints() {
        Map<String, Endpoint> all = new TreeMap<>();
        Collection<Object> services = ctx.getBeansWithAnnotation(Service.class).values();
        for (Object bean : services) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("io.clientele") || PLATFORM.contains(type.getSimpleName())) {
                continue;
            }
            for (Method m : type.getMethods()) {
                if (m.getDeclaringClass() != Object.class
                        && !m.isBridge()
                        && !m.isSynthetic()
                        && !Modifier.isStatic(m.getModifiers())
                        && m.getDeclaringClass().getPackageName().startsWith("io.clientele")) {
                    all.putIfAbsent(
                            type.getSimpleName() + " " + m.getName() + Arrays.toString(m.getParameterTypes()),
                            new Endpoint(bean, type, m));
                }
            }
        }
        return all;
    }
}
