package org.lowshire.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The navigation hides sections by role, but web.xml is what refuses them: the two must name the same roles, or a
 * link would lead to a 403 (or, worse, a hidden section would still open).
 */
class SectionsMatchWebXmlTest {

    @Test
    void everySectionIsGuardedInWebXmlByExactlyItsRoles() throws Exception {
        Map<String, Set<String>> constraints = readConstraints();
        for (Section section : Section.values()) {
            Set<String> guarded = constraints.get(section.path() + "*");
            Set<String> expected = new TreeSet<>();
            section.roles().forEach(r -> expected.add(r.roleName()));
            assertEquals(expected, guarded, section + " in web.xml");
        }
    }

    @Test
    void everyRoleIsDeclaredAndEverythingElseNeedsASignedInUser() throws Exception {
        Map<String, Set<String>> constraints = readConstraints();
        assertEquals(Set.of("**"), constraints.get("/*"));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(webXml());
        Set<String> declared = new TreeSet<>();
        var roles = doc.getElementsByTagName("security-role");
        for (int i = 0; i < roles.getLength(); i++) {
            declared.add(((Element) roles.item(i))
                    .getElementsByTagName("role-name")
                    .item(0)
                    .getTextContent());
        }
        Set<String> expected = new TreeSet<>();
        EnumSet.allOf(Role.class).forEach(r -> expected.add(r.roleName()));
        assertEquals(expected, declared);
    }

    @Test
    void onlyTheSignedOutPageResourcesAndLogoutCallbackArePublic() throws Exception {
        Map<String, Set<String>> constraints = readConstraints();
        var open = new TreeSet<String>();
        constraints.forEach((pattern, roles) -> {
            if (roles == null) {
                open.add(pattern);
            }
        });
        assertEquals(
                new TreeSet<>(Set.of("/signed-out.xhtml", "/oidc/backchannel-logout", "/jakarta.faces.resource/*")),
                open);
        assertTrue(constraints.containsKey("/admin/*"));
    }

    /** url-pattern → roles of its auth-constraint (null for a constraint with none: public). */
    private static Map<String, Set<String>> readConstraints() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(webXml());
        Map<String, Set<String>> result = new HashMap<>();
        var constraints = doc.getElementsByTagName("security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            var c = (Element) constraints.item(i);
            Set<String> roles = null;
            var auth = c.getElementsByTagName("auth-constraint");
            if (auth.getLength() > 0) {
                roles = new TreeSet<>();
                var names = ((Element) auth.item(0)).getElementsByTagName("role-name");
                for (int j = 0; j < names.getLength(); j++) {
                    roles.add(names.item(j).getTextContent());
                }
            }
            var patterns = c.getElementsByTagName("url-pattern");
            for (int j = 0; j < patterns.getLength(); j++) {
                result.put(patterns.item(j).getTextContent(), roles);
            }
        }
        return result;
    }

    private static File webXml() {
        return new File("src/main/webapp/WEB-INF/web.xml");
    }
}
