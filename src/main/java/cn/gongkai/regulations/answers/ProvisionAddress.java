package cn.gongkai.regulations.answers;

/**
 * The public address of a provision from its eId ({@code art_33__para_2__point_3} →
 * {@code /regulations/{id}/art/33/para/2/item/3}); the plan's mapping, kept here until
 * {@code library.ProvisionPath} is on main.
 */
final class ProvisionAddress {

    private ProvisionAddress() {
    }

    static String of(String documentId, String eid) {
        StringBuilder path = new StringBuilder("/regulations/").append(documentId);
        int points = 0;
        for (String part : eid.split("__")) {
            int cut = part.indexOf('_');
            if (cut <= 0) {
                return "/regulations/" + documentId;
            }
            String prefix = part.substring(0, cut);
            String segment = switch (prefix) {
                case "point" -> points++ == 0 ? "item" : "subitem";
                default -> prefix;
            };
            path.append('/').append(segment).append('/').append(part.substring(cut + 1));
        }
        return path.toString();
    }
}
