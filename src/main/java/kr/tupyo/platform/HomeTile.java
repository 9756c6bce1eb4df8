package kr.tupyo.platform;

import java.util.Set;

/**
 * One thing a signed-in person can do, shown on their home page. Each module declares its tiles as
 * beans; the home page shows those whose roles include the viewer's role.
 *
 * @param titleKey       message key of the tile's title
 * @param descriptionKey message key of one sentence saying what it is for
 * @param href           where it leads
 * @param roles          role names (as in {@code @RolesAllowed}) that see it
 * @param order          position on the page, smaller first
 */
public record HomeTile(String titleKey, String descriptionKey, String href, Set<String> roles, int order) {
}
