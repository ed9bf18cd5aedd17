package org.creativeatlas.logic.filter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BooleanSupplier;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.store.Catalogue;

/** Reads every actor with its name variants into rows, grouped by type, in two queries. */
public final class CatalogueLoader {

    private CatalogueLoader() {
    }

    public static Map<ActorType, List<ActorRow>> load(Catalogue catalogue) {
        return load(catalogue, () -> false);
    }

    /**
     * As {@link #load(Catalogue)}, but stops with a {@link CancellationException} as soon as {@code cancelled} says
     * so, checked between chunks of rows: only reads, so stopping anywhere leaves the catalogue as it was.
     */
    public static Map<ActorType, List<ActorRow>> load(Catalogue catalogue, BooleanSupplier cancelled) {
        RowBuilder builder = new RowBuilder(catalogue.variants().allByActor(), cancelled);
        builder.stopIfCancelled();
        catalogue.actors().forEach(builder::add);
        builder.stopIfCancelled();
        return builder.rows();
    }

    /**
     * One actor's row as it is stored now, or null if it was deleted. The window shows it from now on, so later edits
     * are checked against this version.
     */
    public static ActorRow reload(Catalogue catalogue, long actorId) {
        return catalogue.actors().refresh(actorId)
                .map(a -> ActorRow.of(a, catalogue.variants().of(actorId)))
                .orElse(null);
    }

    /**
     * Builds rows while the actors are still being read: each actor gets the next run of the variants (both come
     * in actor order), and chunks of rows have their search text folded on another core in the meantime.
     */
    private static final class RowBuilder {

        private static final int CHUNK = 4096;

        private final List<NameVariant> variants;
        private final BooleanSupplier cancelled;
        private final List<CompletableFuture<List<ActorRow>>> chunks = new ArrayList<>();
        private List<Actor> actors = new ArrayList<>(CHUNK);
        private List<List<NameVariant>> variantsOf = new ArrayList<>(CHUNK);
        private int next;

        RowBuilder(List<NameVariant> variantsByActor, BooleanSupplier cancelled) {
            this.variants = variantsByActor;
            this.cancelled = cancelled;
        }

        void stopIfCancelled() {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Loading the catalogue was cancelled");
            }
        }

        void add(Actor actor) {
            while (next < variants.size() && variants.get(next).actorId() < actor.id()) {
                next++;
            }
            int first = next;
            while (next < variants.size() && variants.get(next).actorId() == actor.id()) {
                next++;
            }
            actors.add(actor);
            variantsOf.add(List.copyOf(variants.subList(first, next)));
            if (actors.size() == CHUNK) {
                stopIfCancelled();
                submit();
            }
        }

        Map<ActorType, List<ActorRow>> rows() {
            submit();
            Map<ActorType, List<ActorRow>> rows = new EnumMap<>(ActorType.class);
            for (ActorType type : ActorType.values()) {
                rows.put(type, new ArrayList<>());
            }
            for (CompletableFuture<List<ActorRow>> chunk : chunks) {
                chunk.join().forEach(row -> rows.get(row.actor().type()).add(row));
            }
            return rows;
        }

        private void submit() {
            List<Actor> chunkActors = actors;
            List<List<NameVariant>> chunkVariants = variantsOf;
            chunks.add(CompletableFuture.supplyAsync(() -> {
                List<ActorRow> rows = new ArrayList<>(chunkActors.size());
                for (int i = 0; i < chunkActors.size(); i++) {
                    rows.add(ActorRow.of(chunkActors.get(i), chunkVariants.get(i)));
                }
                return rows;
            }, ForkJoinPool.commonPool()));
            actors = new ArrayList<>(CHUNK);
            variantsOf = new ArrayList<>(CHUNK);
        }
    }
}
