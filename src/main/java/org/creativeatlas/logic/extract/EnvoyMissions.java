package org.creativeatlas.logic.extract;

import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * "Consul General Bolotbek Borbiev told …" on a page whose one mission is "the Consulate General of Kyrgyzstan in
 * Chicago": an envoy named by his title alone works at the one embassy or consulate the page names.
 */
final class EnvoyMissions {

    /** The most words of such a title («Генеральный консул», "Ambassador"). */
    private static final int TITLE_WORDS = 2;

    private EnvoyMissions() {
    }

    /** The name of the page's one mission, if the person's role is an envoy's bare title; else null. */
    static String body(Scan scan, Mention person, List<Mention> mentions) {
        int words = person.roleTo - person.roleFrom;
        boolean envoy = false;
        for (int i = person.roleFrom; words > 0 && words <= TITLE_WORDS && i < person.roleTo; i++) {
            envoy |= Missions.envoy(scan.token(i).lower());
        }
        if (!envoy) {
            return null;
        }
        String mission = null;
        for (Mention m : mentions) {
            if (m.type == ActorType.ORGANISATION && mission(scan, m)) {
                if (mission != null && !mission.equals(m.name)) {
                    return null;
                }
                mission = m.name;
            }
        }
        return mission;
    }

    private static boolean mission(Scan scan, Mention m) {
        for (int i = m.from; i < m.to; i++) {
            if (Missions.missionAt(scan, i, m.to)) {
                return true;
            }
        }
        return false;
    }
}
