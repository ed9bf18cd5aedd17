package org.creativeatlas.logic.extract;

import java.util.Set;

/** Where a Kazakh role set off after a name ends: at the title that closes it. */
final class KazakhRoleClosings {

    /** What may follow the title that closes a Kazakh appositive role. */
    private static final Set<String> CLOSERS = Set.of(",", ":", ".", ";", "–", "—", "-");

    private final Scan scan;
    private final TitleComplements complements;
    private final RoleStart roles;

    KazakhRoleClosings(Scan scan, TitleComplements complements, RoleStart roles) {
        this.scan = scan;
        this.complements = complements;
        this.roles = roles;
    }

    /**
     * «Нұргүл Тау, ҚР Парламенті Мәжілісінің депутаты:»: Kazakh closes an appositive role with its title, the words
     * before it in no case but the genitive; a title followed by more words is the next person's («…, ҚР Сенат
     * Төрағасының кеңесшісі Динара Садвакасова»). The end of the role, or -1.
     */
    int end(int from, int end) {
        for (int k = from; k < Math.min(end, from + 8); k++) {
            Token t = scan.token(k);
            if (!t.isWord() || complements.breaksPhrase(k) && !Morph.kkAttributive(t.lower(), roles.lowerWordBefore(k))) {
                return -1;
            }
            if (Titles.is(t) && (k + 1 == end || CLOSERS.contains(scan.token(k + 1).text()))) {
                return k + 1;
            }
        }
        return -1;
    }
}
