#!/usr/bin/env node
// Derives the map's country outlines from Natural Earth (admin-0 countries, 1:10m, version 4.1.0, public
// domain) as packaged by world-atlas 2.0.2: every country that reaches into the region (longitude 25–100°,
// latitude 30–60°) clipped to it, plus the borders and coasts as lines (each shared border once, so it is
// stroked once, and the frame of the clip is never drawn). Writes
// src/main/resources/org/creativeatlas/logic/geo/outlines-10m.txt. Run from this folder after `npm ci`.
'use strict';
const fs = require('fs');
const path = require('path');
const topojson = require('topojson-client');
const world = require('world-atlas/countries-10m.json');
const worldAtlasVersion = require('world-atlas/package.json').version;

const BOX = {west: 25, south: 30, east: 100, north: 60};
const STEP = 100; // coordinates are written in hundredths of a degree (about 1 km)
const OUT = path.join(__dirname, '../../main/resources/org/creativeatlas/logic/geo/outlines-10m.txt');

// ISO 3166-1 numeric → alpha-2 for the countries that reach into the box; Baikonur, leased to Russia but
// Kazakh territory, fills the hole Natural Earth leaves in Kazakhstan. Siachen is disputed, as is northern Cyprus;
// the buffer zone and the bases on Cyprus are no country's either: drawn, no country.
const ALPHA2 = {
    '398': 'KZ', '417': 'KG', '860': 'UZ', '762': 'TJ', '795': 'TM', '643': 'RU', '156': 'CN', '496': 'MN',
    '004': 'AF', '586': 'PK', '356': 'IN', '364': 'IR', '368': 'IQ', '792': 'TR', '268': 'GE', '051': 'AM',
    '031': 'AZ', '760': 'SY', '682': 'SA', '414': 'KW', '524': 'NP', '804': 'UA', '250': 'FR', '840': 'US',
    '196': 'CY', '376': 'IL', '275': 'PS', '422': 'LB', '112': 'BY', '440': 'LT', '233': 'EE', '428': 'LV',
    '434': 'LY', '642': 'RO', '300': 'GR', '100': 'BG', '498': 'MD', '400': 'JO', '818': 'EG',
};
const BY_NAME = {'Baikonur': 'KZ', 'Siachen Glacier': '--', 'N. Cyprus': '--', 'Cyprus U.N. Buffer Zone': '--',
    'Akrotiri': '--', 'Dhekelia': '--'};

function code(feature) {
    return ALPHA2[feature.id] || BY_NAME[feature.properties.name];
}

// Sutherland–Hodgman against one side of the box at a time.
function clipRing(ring) {
    const sides = [
        [p => p[0] >= BOX.west, (a, b) => cross(a, b, 0, BOX.west)],
        [p => p[0] <= BOX.east, (a, b) => cross(a, b, 0, BOX.east)],
        [p => p[1] >= BOX.south, (a, b) => cross(a, b, 1, BOX.south)],
        [p => p[1] <= BOX.north, (a, b) => cross(a, b, 1, BOX.north)],
    ];
    let points = ring.slice(0, -1);
    for (const [inside, at] of sides) {
        const next = [];
        for (let i = 0; i < points.length; i++) {
            const a = points[(i + points.length - 1) % points.length];
            const b = points[i];
            if (inside(b)) {
                if (!inside(a)) next.push(at(a, b));
                next.push(b);
            } else if (inside(a)) {
                next.push(at(a, b));
            }
        }
        points = next;
        if (points.length === 0) break;
    }
    return points;
}

function cross(a, b, axis, value) {
    const t = (value - a[axis]) / (b[axis] - a[axis]);
    return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

function inBox(p) {
    return p[0] >= BOX.west && p[0] <= BOX.east && p[1] >= BOX.south && p[1] <= BOX.north;
}

// A line cut into the runs that lie inside the box (points are dense enough at 1:10m to cut at vertices).
function clipLine(line) {
    const runs = [];
    let run = [];
    for (const p of line) {
        if (inBox(p)) {
            run.push(p);
        } else if (run.length) {
            runs.push(run);
            run = [];
        }
    }
    if (run.length) runs.push(run);
    return runs.filter(r => r.length > 1);
}

// Rounds to the grid and drops points that round onto the one before.
function quantise(points, closed) {
    const out = [];
    for (const p of points) {
        const q = [Math.round(p[0] * STEP), Math.round(p[1] * STEP)];
        const last = out[out.length - 1];
        if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    }
    if (closed && out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) {
        out.pop();
    }
    return out;
}

function encode(points) {
    let x = 0;
    let y = 0;
    return points.map(([px, py], i) => {
        const text = i === 0 ? px + ',' + py : (px - x) + ',' + (py - y);
        x = px;
        y = py;
        return text;
    }).join(' ');
}

function area(ring) {
    let a = 0;
    for (let i = 0; i < ring.length; i++) {
        const p = ring[i];
        const q = ring[(i + 1) % ring.length];
        a += p[0] * q[1] - q[0] * p[1];
    }
    return a / 2;
}

function inside(point, ring) {
    let hit = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[i];
        const b = ring[j];
        if ((a[1] > point[1]) !== (b[1] > point[1])
            && point[0] < (b[0] - a[0]) * (point[1] - a[1]) / (b[1] - a[1]) + a[0]) {
            hit = !hit;
        }
    }
    return hit;
}

function edgeDistance(point, ring) {
    let best = Infinity;
    for (let i = 0; i < ring.length; i++) {
        const a = ring[i];
        const b = ring[(i + 1) % ring.length];
        const dx = b[0] - a[0];
        const dy = b[1] - a[1];
        const len = dx * dx + dy * dy;
        const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / len));
        best = Math.min(best, Math.hypot(point[0] - (a[0] + t * dx), point[1] - (a[1] + t * dy)));
    }
    return best;
}

// Where a country's name goes: the point of its largest ring farthest from that ring's edge, found on a grid
// (longitude shrunk by the cosine of the latitude so distances are roughly even).
function labelPoint(rings) {
    const ring = rings.reduce((a, b) => Math.abs(area(a)) >= Math.abs(area(b)) ? a : b);
    const xs = ring.map(p => p[0]);
    const ys = ring.map(p => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const k = Math.cos((y0 + y1) / 2 * Math.PI / 180);
    const flat = ring.map(p => [p[0] * k, p[1]]);
    let best = [(x0 + x1) / 2, (y0 + y1) / 2];
    let bestDistance = -1;
    const N = 60;
    for (let i = 0; i <= N; i++) {
        for (let j = 0; j <= N; j++) {
            const p = [x0 + (x1 - x0) * i / N, y0 + (y1 - y0) * j / N];
            const f = [p[0] * k, p[1]];
            if (inside(f, flat)) {
                const d = edgeDistance(f, flat);
                if (d > bestDistance) {
                    bestDistance = d;
                    best = p;
                }
            }
        }
    }
    return best;
}

const lines = [
    '# Country outlines of Central Asia and its neighbours, clipped to longitude ' + BOX.west + '–' + BOX.east
        + '°, latitude ' + BOX.south + '–' + BOX.north + '°.',
    '# Source: Natural Earth 4.1.0 admin-0 countries 1:10m (public domain, naturalearthdata.com), as packaged by',
    '# the npm package world-atlas ' + worldAtlasVersion + '; made by src/tools/geodata/make-outlines.js. Natural '
        + 'Earth draws de facto borders.',
    '# Coordinates are hundredths of a degree (longitude,latitude); after the first point of a ring or line,',
    '# each point is written as the difference from the one before.',
    '# country <ISO alpha-2 or --> <label longitude> <label latitude>, then its rings: ring <points> (outer rings',
    '# clockwise, holes counter-clockwise, longitude east and latitude north; filled non-zero, so Baikonur fills',
    '# the hole it leaves in Kazakhstan); line <points>: borders and coasts, each once.',
];
let points = 0;
const features = topojson.feature(world, world.objects.countries).features;
const byCountry = new Map();
for (const f of features) {
    const c = code(f);
    if (!c) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) {
        for (const ring of polygon) {
            const clipped = quantise(clipRing(ring), true);
            if (clipped.length >= 3 && Math.abs(area(clipped)) > 0) {
                if (!byCountry.has(c)) byCountry.set(c, []);
                byCountry.get(c).push(clipped);
            }
        }
    }
}
for (const [c, rings] of [...byCountry.entries()].sort()) {
    const at = labelPoint(rings.map(r => r.map(p => [p[0] / STEP, p[1] / STEP])));
    lines.push('country ' + c + ' ' + at[0].toFixed(2) + ' ' + at[1].toFixed(2));
    for (const ring of rings) {
        lines.push('ring ' + encode(ring));
        points += ring.length;
    }
}
// borders between two countries and coasts; not the edge of Baikonur, which is drawn as part of Kazakhstan
const named = world.objects.countries.geometries.filter(g => code({id: g.id, properties: g.properties || {}}));
const codeOf = g => code({id: g.id, properties: g.properties || {}});
const mesh = topojson.mesh(world, {type: 'GeometryCollection', geometries: named},
    (a, b) => a === b || codeOf(a) !== codeOf(b));
for (const line of mesh.coordinates) {
    for (const run of clipLine(line)) {
        const q = quantise(run, false);
        if (q.length > 1) {
            lines.push('line ' + encode(q));
            points += q.length;
        }
    }
}
fs.writeFileSync(OUT, lines.join('\n') + '\n');
console.log('wrote ' + OUT + ': ' + byCountry.size + ' countries, ' + points + ' points, '
    + fs.statSync(OUT).size + ' bytes');
