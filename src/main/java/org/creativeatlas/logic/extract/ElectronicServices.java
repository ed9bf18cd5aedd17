package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.creativeatlas.model.ActorType;

/**
 * "e-Archive, NGO Database, e-Library, e-Cinema", «портал e-Gov»: a lower-case e and a hyphen before a capitalised word
 * name an electronic service, a platform, in any language (not e-mail, e-commerce: no capital).
 */
final class ElectronicServices {

    private static final Pattern SERVICE = Pattern.compile("e-\\p{Lu}\\p{L}+");

    private ElectronicServices() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < scan.doc.size(); i++) {
            String word = scan.token(i).text();
            if (word.startsWith("e-") && !scan.taken(i) && SERVICE.matcher(word).matches()) {
                Mention m = new Mention(ActorType.PLATFORM, scan.token(i).text(), i, i + 1, 3);
                found.add(m);
                scan.take(m);
            }
        }
        return found;
    }
}
