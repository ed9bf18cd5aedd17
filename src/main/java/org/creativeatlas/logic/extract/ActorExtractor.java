package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the actors a document names — organisations, platforms, events, people — with rules and gazetteers of
 * generic words only, so it finds actors it has never seen. One candidate per actor, every mention kept as a passage.
 */
public final class ActorExtractor {

    /** Extracts the candidates of a document's plain text, in the order they are first named. */
    public List<Candidate> extract(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        text = MixedScripts.mend(text);
        ScriptReading kazakh = LatinKazakh.of(text);
        kazakh = kazakh == null ? ArabicKazakh.of(text) : kazakh;
        return kazakh == null ? read(text) : kazakh.back(read(kazakh.cyrillic));
    }

    private List<Candidate> read(String text) {
        Scan scan = new Scan(new Document(text));
        List<Mention> mentions = new ArrayList<>(PlaceWinners.find(scan));
        mentions.addAll(DistributedBodies.find(scan));
        mentions.addAll(CityHouses.find(scan));
        mentions.addAll(ShortMinistries.find(scan));
        mentions.addAll(NumberedSchools.find(scan));
        mentions.addAll(LanguageCentres.find(scan));
        mentions.addAll(KazakhEponymAcronyms.find(scan));
        mentions.addAll(HeadNames.find(scan));
        mentions.addAll(KazakhParliaments.find(scan));
        mentions.addAll(RussianParliaments.find(scan));
        mentions.addAll(EnglishPluralHeads.find(scan));
        mentions.addAll(EnglishLowerCaseBodies.find(scan));
        mentions.addAll(EnglishCalledNames.opening(scan));
        mentions.addAll(QuotedNames.find(scan));
        mentions.addAll(LatinNames.find(scan));
        mentions.addAll(ElectronicServices.find(scan));
        mentions.addAll(AttachedBodies.find(scan));
        mentions.addAll(SharedSurnames.find(scan));
        LearnedNames learned = new LearnedNames(scan);
        List<Mention> people = new ArrayList<>(learned.mendPeople(PersonFinder.find(scan)));
        people.addAll(MadeBy.find(scan));
        people.addAll(TitledSurnames.find(scan, people));
        people.addAll(BracketedTitles.find(scan));
        people.addAll(EnglishPeopleAfterPlural.find(scan));
        mentions.addAll(people);
        mentions.addAll(ListedPeople.find(scan, people));
        mentions.addAll(PartnerLists.find(scan));
        mentions.addAll(DescribedNames.find(scan));
        List<Mention> unclaimed = learned.unclaimed();
        mentions.addAll(unclaimed);
        // the model reads a list's first names well and may miss the rest: they are listed beside someone all the same
        mentions.addAll(ListedPeople.find(scan, unclaimed));
        mentions.addAll(EnglishBrands.find(scan, mentions));
        mentions.addAll(EnglishBodyLists.find(scan, mentions));
        mentions.addAll(RussianBrands.find(scan));
        mentions.addAll(OpeningEvents.find(scan));
        mentions.addAll(KazakhHeldEvents.find(scan, mentions));
        mentions.addAll(CountryYears.find(scan));
        mentions.addAll(CultureDays.find(scan));
        mentions.addAll(Ministries.from(scan, people, mentions));
        mentions.addAll(KnownAcronyms.find(scan, mentions));
        mentions.addAll(UniversityAcronyms.find(scan, mentions));
        mentions.addAll(NationalCompounds.find(scan, mentions));
        mentions = CapitalLines.drop(scan, DaysSubjects.drop(scan, Characters.drop(scan, Eponyms.drop(scan, mentions))));
        mentions = EnglishBrands.dropSpeltCommon(scan, QuotedOpenings.drop(scan, mentions));
        mentions = Abbreviations.link(scan, SpelledBrackets.extend(scan, TitleCaseLines.trim(scan, mentions)));
        mentions = BracketedSpellings.fold(scan, UniversityAcronyms.spellKazakh(scan, mentions));
        mentions = LatinProgrammes.retype(scan, Honours.drop(scan, mentions));
        mentions.sort(Comparator.comparingInt((Mention m) -> m.from));
        return new CandidateBuilder(scan, mentions).build();
    }
}
