"""Context linking: a name that says where the name before it lies (a step of disambiguation).

'Tafas (Dar'a)', 'Mesquita, Rio de Janeiro', 'Hama province', 'Oslo's
Gardermoen': _admin_hints() reads the administrative words around a name,
_link_contexts() and _possessive_contexts() give a name the candidate that lies
in the area the next name (or a town's possessive) gives, and mark that next
name as its context, and _provinces_the_story_means() settles a name that
means a province rather than its namesake town.  disambiguate() calls them;
they are apart from it because they read pairs of neighbouring toponyms and
the words between them, not the whole story's votes.
"""
from __future__ import annotations

import re

from fogofwar.geo.gazetteer import KIND_PRIMARY, KIND_VARIANT, GazPlace
from fogofwar.geo.lexicon import lexicon
from fogofwar.geo.normalise import norm_key
from fogofwar.geo.recognise import _ADMIN_SUFFIX_WORDS, _AREA_NAMESAKE_RATIO, _DIRECTION_WORDS
from fogofwar.geo.scoring import _score_local
from fogofwar.geo.toponym import _BIG_CITY, _SMALL_TOWN, Toponym, _place_in_town, _set_choice
from fogofwar.geodesy import haversine_km


# A given name that ends in its admin word ('Oaxaca State', 'Sokoto State', 'Hama Province')
_ADMIN_SUFFIX_END = re.compile(r"\s+(" + "|".join(map(re.escape, _ADMIN_SUFFIX_WORDS)) + r")$", re.IGNORECASE)


_WORD_AFTER = re.compile(r"\s*([a-z\-]+)")
_TOWN_OF_BEFORE = re.compile(r"\b(?:city|town|village) of\s+$")
_PROVINCE_OF_BEFORE = re.compile(r"(?:province|governorate|region|state|oblast) of\s+(?:the\s+)?$")
_WORD_BEFORE = re.compile(r"([a-z\-]+)\s+$")
_BRACKET_LAST_BEFORE = re.compile(r"\((?:[A-Z][^(),]{0,40}),\s*$")  # '(Pobe-Mengao, ' before 'Soum)'


def _admin_hints(doc_text: str, toponyms: list[Toponym]) -> None:
    """'Hama province', 'southern Idlib': say the name means the administrative area."""
    for t in toponyms:
        after = doc_text[t.end : t.end + 30].lower()
        m = _WORD_AFTER.match(after)
        if m and m.group(1) in _ADMIN_SUFFIX_WORDS:
            t.admin_hint = _ADMIN_SUFFIX_WORDS[m.group(1)]
            continue
        before = doc_text[max(0, t.start - 40) : t.start].lower()
        # ('town of', 'province of the': both searches need a window that ends in 'of' or 'the', most do not)
        of_the = before.rstrip().endswith(("of", "the"))
        if (m and m.group(1) in ("city", "town", "village")) or (of_the and _TOWN_OF_BEFORE.search(before)):
            t.admin_hint = "city"
            continue
        mb = of_the and _PROVINCE_OF_BEFORE.search(before)
        if mb:
            t.admin_hint = "admin1"
            continue
        mb = _WORD_BEFORE.search(before)
        if mb and mb.group(1) in _DIRECTION_WORDS and mb.group(1).endswith(("ern", "al")):
            # 'southern Idlib': an area; prefer a province of that name if there is one
            t.admin_hint = "area"
            continue
        if doc_text[t.end : t.end + 1] == ")" and _BRACKET_LAST_BEFORE.search(doc_text, max(0, t.start - 50), t.start):
            # 'Mentao (Pobe-Mengao, Soum)': the last name of a bracket of two says the province or district
            t.admin_hint = "admin"


def _holds_a_town(county: GazPlace, others: list[GazPlace]) -> bool:
    """Does a district or county hold one of the story's other towns (by the district the gazetteer files it in)?"""
    name = norm_key(county.admin2 or county.name)
    return any(o.feature == "city" and o.admin2 and (o.country_code, o.admin1_code) == (
        county.country_code, county.admin1_code) and norm_key(o.admin2) == name for o in others)


_OLD_MAP_KM = 50.0  # a lone town this near the middle of the province a text names lies in it, whatever the map


_GAP_WORDS = "|".join(sorted(map(re.escape, lexicon()["context_gap_words"]), key=len, reverse=True))
_CONTEXT_GAP = re.compile(rf"^\s*(?:(?:{_GAP_WORDS})\s*){{0,2}}([(,])\s*$", re.IGNORECASE)  # ("sector area (")
_BRACKET_TAIL_GAP = re.compile(rf"^\s*(?:(?:{_GAP_WORDS})\s*){{0,2}}(\()[^()]{{1,40}},\s*$", re.IGNORECASE)
_IN_GAP = re.compile(rf"^\s+(?:(?:{_GAP_WORDS})\s+){{0,2}}(?:in|of)\s+(?:the\s+)?()$", re.IGNORECASE)
_ADMIN_IN_GAP = re.compile(r"^\s+(?:" + "|".join(map(re.escape, lexicon()["admin_suffixes"])) + r")\s+(?:in|of)\s+(?:the\s+)?()$",
                           re.IGNORECASE)
_ADMIN_AFTER = re.compile(r"^\s+(?:" + "|".join(map(re.escape, lexicon()["admin_suffixes"])) + r")\b", re.IGNORECASE)
_LIST_AFTER = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|&)\s*", re.IGNORECASE)  # the whole gap to the next name
_AREA_FEATURES = ("country", "admin1", "admin2")


def _within(ctx: GazPlace):
    """A test: does a place lie in the country or province that ``ctx`` (one reading of a context name) stands for?"""
    if ctx.feature == "country":
        return lambda p: p.country_code == ctx.country_code
    key = (ctx.country_code, ctx.admin1_code)
    if ctx.feature == "admin2":
        return lambda p: (p.country_code, p.admin1_code) == key and _in_district(p, ctx)
    return lambda p: (p.country_code, p.admin1_code) == key


def _in_district(p: GazPlace, district: GazPlace) -> bool:
    """'Owode (Egbado South LGA, Ogun)': a town named with its district lies in it, so a namesake the gazetteer
    files under another district of the province is not it (a town whose district is not known may be)."""
    return p.feature != "city" or not p.admin2 or norm_key(p.admin2) == norm_key(district.admin2 or district.name)


_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:[a-z]+\s+)?(?:suburb|district|neighbourhood|neighborhood|quarter|"
                             r"outskirts|village|town|area)\s+of\s+)?")


def _possessive_contexts(text: str, toponyms: list[Toponym]) -> None:
    """'Oslo's Gardermoen', 'Lima's suburb of Miraflores': the name after a town's possessive lies in that town
    (within _DISTRICT_KM), or in the province or country the possessive names.  A namesake there is chosen; a
    small town far away is not it, and the name is placed at the town (precision 2).  A name already rejected
    stays so ('London's Khan said' is no village) unless a caller gave it, it names a building, or the words
    say place ('Lima's suburb of X')."""
    toponyms = sorted(toponyms, key=lambda t: t.start)
    for ta, tb in zip(toponyms, toponyms[1:]):
        ctx = ta.chosen
        gap = text[ta.end : tb.start]
        if ctx is None or tb.embedded or _POSSESSIVE_GAP.fullmatch(gap) is None:
            continue
        if ctx.feature == "city":
            def inside(p: GazPlace, c: GazPlace = ctx) -> bool:
                return p.latitude is not None and c.latitude is not None and haversine_km(
                    p.latitude, p.longitude, c.latitude, c.longitude) <= _DISTRICT_KM
        elif ctx.feature in ("admin1", "admin2", "country"):
            inside = _within(ctx)
        else:
            continue
        if tb.chosen is not None and (inside(tb.chosen) or tb.chosen.feature in ("country", "continent", "admin1")):
            continue
        fits = [h for h in tb.candidates if h.kind != KIND_VARIANT and inside(h.place)]
        old = tb.chosen
        # the name's other mentions that read it the same way ('Gardermoen' again, later) are the same place
        same = [t for t in toponyms if t.text == tb.text and t.chosen is old and not t.embedded]
        if fits:
            for t in same:
                _set_choice(t, max(fits, key=lambda h: _score_local(h, tb)).place)
        elif ctx.feature == "city" and (old.feature == "city" and old.population < _BIG_CITY if old is not None
                                        else tb.source in ("given", "pattern") or "of" in gap.split()):
            for t in same:
                t.chosen, t.candidates = None, []
                _place_in_town(t, ctx, f"in {ta.text}")


def _link_contexts(text: str, toponyms: list[Toponym]) -> None:
    """'Tafas (Dar'a)', 'Mesquita, Rio de Janeiro', 'Tudun Wada (Jos South LGA, Plateau)': the name after
    says which province or country the name before lies in, so a namesake elsewhere is not it.  A name
    with no candidate there stays unresolved (the gazetteer lacks it) rather than mapped abroad; the
    context name is marked so that the event location prefers the place it locates."""
    toponyms = sorted(toponyms, key=lambda t: t.start)  # given spans may come in any order
    n = len(toponyms)
    link: list[tuple[int, bool] | None] = [None] * n
    country_only: set[int] = set()  # links that only say which country (the province named may be loose)
    part_of: set[int] = set()  # links of a quarter to its city: the city's own reading stands
    compound: set[int] = set()  # links of the first half of a hyphenated name the gazetteer lacks
    for a in range(n - 1):
        ta, tb = toponyms[a], toponyms[a + 1]
        if ta.end > tb.start:
            continue
        gap = text[ta.end : tb.start]
        m = _CONTEXT_GAP.match(gap)
        if m is None and _IN_GAP.match(gap) and (_ADMIN_AFTER.match(text[tb.end : tb.end + 20])
                                                 or _ADMIN_SUFFIX_END.search(tb.text)):
            m = _IN_GAP.match(gap)  # 'Loka in Lainya county', 'Luhei of the Maramures county'
        if m is None and ta.chosen is not None and ta.chosen.feature == "admin2":
            m = _ADMIN_IN_GAP.match(gap)  # 'Nawur district in Ghazni': a district, then its province
        if m is None and text[tb.end : tb.end + 1] == ")":
            # 'Zwide (Nelson Mandela Bay, Eastern Cape)': the bracket's last name is the
            # province even when the municipality before it is not in the gazetteer
            m = _BRACKET_TAIL_GAP.match(gap)
            if m is not None:
                country_only.add(a)
        if m is None or ta.embedded or tb.embedded:
            continue
        if tb.chosen is None:
            link[a] = (a + 1, False)  # 'Loka in Lainya county (Central Equatoria)': Lainya's own context will do
            continue
        if not any(h.place.feature in _AREA_FEATURES for h in tb.candidates) and not tb.chosen.feature == "city":
            continue
        nxt = toponyms[a + 2] if a + 2 < n else None
        if _part_of_city(text, ta, tb, nxt, m):
            link[a] = (a + 1, True)  # 'in Riverside, Metropolis': a quarter of the city, not a namesake far away
            part_of.add(a)
            continue
        # 'Rio Claro, Lara state': a name with its administrative noun is a context, never a list item
        strong = m.group(1) == "(" or bool(m.group(0).strip(" ,(")) or bool(_ADMIN_AFTER.match(text[tb.end : tb.end + 20]))
        chain = nxt is not None and text[tb.end : nxt.start].strip() == "," and (
            _ADMIN_AFTER.match(text[nxt.end : nxt.end + 20])
            or ta.chosen is not None and ta.chosen.feature == "admin2" and _country_of(nxt, tb))
        # 'Kheri Kalan, Sitapur (UP)': a context with its own bracketed province names two levels: not a list
        strong = strong or (nxt is not None and text[tb.end : nxt.start].strip() == "("
                            and text[nxt.end : nxt.end + 1] == ")" and m.group(1) == ",")
        # 'Santa Rosa, Barinitas, Barinas state': town, municipality, state - a chain of contexts, not a list
        strong = strong or bool(chain)
        if not strong and (nxt is not None and _LIST_AFTER.fullmatch(text[tb.end : nxt.start]) and not chain
                           or not any(h.place.feature in _AREA_FEATURES for h in tb.candidates)):
            continue  # 'Aleppo, Idlib and Hama', 'Luzoga, Kimbilu': a list, not a place and its province
        link[a] = (a + 1, strong)
    for a in range(n - 2, -1, -1):  # 'Gana Ropp (...)': a name right before a located one shares its context
        joint = text[toponyms[a].end : toponyms[a + 1].start]
        if link[a] is None and link[a + 1] is not None and toponyms[a].end <= toponyms[a + 1].start \
                and (not joint.strip() and joint or joint in ("-", "–") and not toponyms[a + 1].resolved):
            # ('(Pobe-Mengao, Soum)': so does the first half of a hyphenated name whose second half is unknown)
            link[a] = link[a + 1]
            if joint in ("-", "–"):
                compound.add(a)
    doubtful: set[int] = set()  # a context that is itself outside its own context: 'Ezzouhour' in '(Ezzouhour, Kasserine)'
    for a in range(n - 1, -1, -1):  # right to left: a context is settled before what it locates
        if link[a] is None:
            continue
        b, strong = link[a]
        while (b in doubtful or toponyms[b].chosen is None) and link[b] is not None:
            b = link[b][0]  # skip to the outer context
        ta, tb = toponyms[a], toponyms[b]
        ctx = tb.chosen
        if ctx is None:
            continue
        if ta.chosen is not None and ta.chosen.feature in ("country", "continent"):
            continue
        if ta.chosen is not None and ta.chosen.feature == ctx.feature and ctx.feature in ("admin1", "admin2") \
                and a not in compound and not (strong and text[ta.end : toponyms[b].start].rstrip().endswith("(")):
            continue  # 'Idlib, Hama': two provinces (not 'Tangdhar sector (Ganderbal district)': a bracket locates)
        if ta.chosen is not None and ta.chosen.feature == "admin1" and ctx.feature in ("city", "admin2"):
            continue  # 'Louisiana, Nevada': a town or district never locates a province; a list
        allowed = _within(ctx)
        if ctx.feature == "city" and link[b] is not None and ta.chosen is not None and ta.chosen.feature == "city" \
                and (ta.chosen.population < _BIG_CITY or ta.loose):
            # 'Old Quarter, Rivertown (Province)': a town that is located itself is no province; a small place
            # it locates lies in its district, not anywhere in its province
            allowed = lambda p, c=ctx, inside=allowed: inside(p) and p.latitude is not None and haversine_km(  # noqa: E731
                p.latitude, p.longitude, c.latitude, c.longitude) <= _DISTRICT_KM
        if a in country_only:
            cc_ctx = ctx.country_code
            allowed = lambda p, cc_ctx=cc_ctx: p.country_code == cc_ctx  # noqa: E731
        if strong and ta.candidates and not any(allowed(h.place) for h in ta.candidates) and link[b] is None \
                and a not in part_of:
            # 'San Antonio (Valparaiso)': read the pair together; the context's other readings may
            # hold one of the name's candidates (Chile's Valparaiso region, not a US town) - unless the
            # context is itself located ('Santa Rosa, Barinitas, Barinas state')
            # (a context's reading of note only: not a hamlet-sized namesake district of a great province)
            floor = max((hb.place.population for hb in tb.candidates), default=0) / _AREA_NAMESAKE_RATIO
            pairs = [(_score_local(hb, tb) + _score_local(ha, ta), hb.place)
                     for hb, inside in ((hb, _within(hb.place)) for hb in tb.candidates
                                        if (hb.kind == KIND_PRIMARY or hb.place.pid == tb.chosen.pid)
                                        and hb.place.feature in ("country", "admin1", "admin2", "city")
                                        and (hb.place.population >= floor or hb.place.pid == tb.chosen.pid))
                     for ha in ta.candidates if inside(ha.place)]
            if pairs:
                ctx = max(pairs, key=lambda x: x[0])[1]
                _set_choice(tb, ctx)
                allowed = _within(ctx)
        cc = ctx.country_code
        tb.is_context = True
        ta.located_by_context = True
        if ta.chosen is None:
            ta.within = ctx  # 'Hilltop, Cameroon': a name the gazetteer lacks, in the country the text gives
        if ta.chosen is not None and not allowed(ta.chosen):
            fits = [h for h in ta.candidates if allowed(h.place)]
            in_bracket = text[max(0, ta.start - 2) : ta.start].strip() == "(" and text[tb.end : tb.end + 1] == ")"
            prev = toponyms[a - 1] if a > 0 else None
            listed = prev is not None and bool(_LIST_AFTER.fullmatch(text[prev.end : ta.start]))
            # 'Sorong city, West Papua province', written before the province was split: a big city, the only
            # town of its name in the context's country, is that city though the gazetteer files it in a
            # neighbouring province
            big_alone = ta.chosen.country_code == cc and ta.chosen.feature == "city" and not ta.loose \
                and ta.chosen.population >= _BIG_CITY and ctx.feature in ("admin1", "admin2") \
                and not _CAPITALISED_WORD_BEFORE.search(text, max(0, ta.start - 30), ta.start) \
                and ta.admin_hint in (None, "city") and any(h.place.pid == ta.chosen.pid and h.kind == KIND_PRIMARY
                                                  for h in ta.candidates) \
                and sum(h.place.feature == "city" and h.place.country_code == cc and h.kind != KIND_VARIANT
                        for h in ta.candidates) == 1
            # 'Kasoa (Greater Accra)': the only town of its name in the country, lying within 50 km of the middle
            # of the province named, is in it though the gazetteer files it in the next one (an older map)
            near_alone = ta.chosen.country_code == cc and ta.chosen.feature == "city" and not ta.loose \
                and ctx.feature == "admin1" and ctx.latitude is not None and ta.chosen.latitude is not None \
                and haversine_km(ta.chosen.latitude, ta.chosen.longitude, ctx.latitude, ctx.longitude) <= _OLD_MAP_KM \
                and sum(h.place.feature == "city" and h.place.country_code == cc and h.kind != KIND_VARIANT
                        for h in ta.candidates) == 1
            if fits:
                _set_choice(ta, max(fits, key=lambda h: _score_local(h, ta)).place)
            elif big_alone or near_alone:
                pass
            elif strong or ta.chosen.country_code != cc and (ta.chosen.population < _BIG_CITY or ta.loose or in_bracket
                                                              or _region_closing_a_phrase(text, ta, tb, cc)
                                                              or not listed and _country_closing_a_phrase(text, tb, cc)) or (
                    # 'Westbrook village in Hill Upazila (Riverside)': a loose spelling of a town in another province
                    # is not the village the text places in this one
                    ta.loose and not listed and ctx.feature in ("admin1", "admin2")) or (
                    ta.chosen.feature == "city" and ta.chosen.population < _SMALL_TOWN
                    and any(h.place.feature == "admin1" and h.place.country_code == cc for h in tb.candidates)) or (
                    # 'San Pedro, Northern Province': a province with no town of its name in it is no list item, so
                    # of a name many towns of the country share, one in another province is not it (a name only one
                    # town bears stays that town: the writer's province may be wrong; not in 'A, B, Northern Province')
                    not listed and ctx.feature == "admin1" and ta.chosen.feature == "city"
                    and sum(h.place.feature == "city" and h.kind != KIND_VARIANT and h.place.country_code == cc
                            for h in ta.candidates) >= 2
                    and not any(h.place.feature == "city" and h.kind != KIND_VARIANT and allowed(h.place)
                                for h in tb.candidates)):
                # ('Bohdanivka, Donetsk': a village in another province is a namesake; 'Aleppo, Idlib' is a list)
                _set_choice(ta, None)  # a namesake in another province or country: not this place
                ta.source = "context"  # kept as an unresolved name: the text says it is a place
                ta.within = ctx
            else:
                doubtful.add(a)
        elif ta.chosen is not None and ctx.feature in ("admin1", "admin2"):
            seat = _municipal_seat_over_a_hamlet(ta, allowed) or _bracketed_district(text, ta, allowed)
            if seat is not None:
                _set_choice(ta, seat)
        if tb.chosen.feature == "city" and link[b] is None:
            # the context reads as the area: 'Tangail district (Dhaka)' means Dhaka division
            # (unless it has a context of its own: 'El Campito, Merida, Merida state' names the town)
            inner = ta.chosen
            areas = [h.place for h in tb.candidates if h.place.feature in ("admin1", "admin2")
                     and h.place.country_code == cc
                     and (inner is None or h.place.admin1_code == inner.admin1_code)
                     and not (tb.admin_hint == "admin2" and h.place.feature == "admin1")]  # ('in X district')
            if areas:
                _set_choice(tb, max(areas, key=lambda p: p.feature == "admin1"))


_SEAT_RATIO = 10
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")  # 'Los Caracas': the name runs on to the left


def _municipal_seat_over_a_hamlet(t: Toponym, allowed) -> GazPlace | None:
    """'in Los Reyes, Michoacan': the province holds hamlets called Los Reyes (500-800 people) and the
    municipal seat GeoNames names 'Los Reyes de Salgado' (39,000) with 'Los Reyes' as an alternate name.  A small
    town (under 20,000) the text locates with its province yields to a town of that province ten times its size
    that bears the name too (an exact name, not a loose spelling) and whose own name holds it.
    (Not to a district of that name: 'Tando Adam city (Sanghar, Sindh)' is the town.)"""
    p = t.chosen
    if p.feature != "city" or p.population >= _SMALL_TOWN or t.loose:
        return None
    floor = _SEAT_RATIO * max(p.population, 500)
    words = f" {norm_key(t.text)} "
    towns = [h.place for h in t.candidates if h.kind != KIND_VARIANT and h.place.feature == "city"
             and h.place.pid != p.pid and h.place.population >= floor and allowed(h.place)
             and words in f" {norm_key(h.place.name)} "]  # (its own name holds the name: not an odd alternate)
    return max(towns, key=lambda q: q.population) if towns else None


_CLAUSE_GOES_ON = re.compile(r"\s*,\s+(?!and\b|or\b|nor\b)[a-z]")


def _region_closing_a_phrase(text: str, ta: Toponym, tb: Toponym, cc: str | None) -> bool:
    """'in Riverton, Sangre Grande, police said': after 'in', a town then a name that is a first-level region of
    another country by its own name, and then the clause goes on (not another name: 'in Paris, London, and Rome'
    is a list): the region says where the town lies, even when a big city abroad bears the town's name."""
    if not re.search(r"\b(?:in|at)\s+$", text[max(0, ta.start - 6) : ta.start]):
        return False
    if not any(h.kind == KIND_PRIMARY and h.place.feature == "admin1" and h.place.country_code == cc
               for h in tb.candidates):
        return False
    if any(h.kind != KIND_VARIANT and h.place.feature == "city" and h.place.population >= _BIG_CITY
           for h in tb.candidates):
        return False  # ('officials in Brussels, Berlin, said': a big city is rather the next item of a list)
    return bool(_CLAUSE_GOES_ON.match(text, tb.end))


_PHRASE_ENDS = re.compile(r"\s*(?:[.;:!?)]|$)")


def _country_closing_a_phrase(text: str, tb: Toponym, cc: str | None) -> bool:
    """'stormed Lakeport, Mozambique, killing ...': a town then, after a comma, a name that is only a country's
    (no sizeable province or town abroad shares it: not 'Athens, Georgia'), and then the clause goes on or the sentence ends (no next
    name: 'Madrid, Morocco and Algeria' is a list): the country says where the town lies, so a big city abroad
    that bears the town's name is not it; the town stays an unresolved name in that country."""
    if tb.chosen is None or tb.chosen.feature != "country" or tb.chosen.country_code != cc:
        return False
    if not any(h.kind == KIND_PRIMARY and h.place.feature == "country" and h.place.country_code == cc
               for h in tb.candidates):
        return False
    if any(h.kind != KIND_VARIANT and h.place.feature in ("admin1", "city") and h.place.country_code != cc
           and h.place.population >= _SMALL_TOWN for h in tb.candidates):
        return False
    return bool(_CLAUSE_GOES_ON.match(text, tb.end) or _PHRASE_ENDS.match(text, tb.end))


def _bracketed_district(text: str, t: Toponym, allowed) -> GazPlace | None:
    """'a road block at Jagdishpur (Amethi, Uttar Pradesh)': the first name of a bracket that ends with its province
    is the district, as ACLED-style notes write it.  When the gazetteer's town of that name lies in another
    district (its Amethi is in Kheri, 150 km off), the district of that name is meant (placed at its seat).  A
    town filed in its namesake district ('(Bankass, Mopti)') stays the town, and so does one whose district the
    gazetteer does not know."""
    p = t.chosen
    if p.feature != "city" or text[max(0, t.start - 2) : t.start].strip() != "(" \
            or text[t.end : t.end + 1] != ",":
        return None
    key = norm_key(t.text)
    if not p.admin2 or norm_key(p.admin2) == key:
        return None  # (a town whose district the gazetteer does not know may lie in it)
    districts = [h.place for h in t.candidates if h.kind == KIND_PRIMARY and h.place.feature == "admin2"
                 and norm_key(h.place.name) == key and allowed(h.place)]
    return max(districts, key=lambda q: q.population) if districts else None


def _country_of(country: Toponym, t: Toponym) -> bool:
    """'Mindat District, Chin State, Myanmar': after a district and its province, the country is their context,
    not a third list item (unlike 'Aleppo, Idlib, Syria', where a town and a province may be listed)."""
    return (country.chosen is not None and country.chosen.feature == "country" and t.chosen is not None
            and t.chosen.feature != "country" and country.chosen.country_code == t.chosen.country_code)


_PART_OF_KM = 50.0  # a quarter or suburb lies within this distance of the city that names it
_DISTRICT_KM = 100.0  # a village lies within this distance of the town its district is named after
_PART_OF_BEFORE = re.compile(r"\b(?:in|at|inside)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+)?$")  # ('in Old Kotla Nagar, ...')


def _part_of_city(text: str, ta: Toponym, tb: Toponym, nxt: Toponym | None, m: re.Match) -> bool:
    """'in Riverside, Metropolis', 'in Old Town, Metropolis, Province': after 'in', a small place named with a
    bigger city after a comma (not a list: the city is the last name, or the one after it is the city's own
    province) is a quarter of that city or a place near it, never a namesake of the quarter far away."""
    a, b = ta.chosen, tb.chosen
    if m.group(1) != "," or a is None or b is None or a.feature != "city" or b.feature != "city":
        return False
    if not _PART_OF_BEFORE.search(text[max(0, ta.start - 20) : ta.start]):
        return False
    if b.population <= a.population or (a.population >= _BIG_CITY and not ta.loose):
        return False
    if haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= _PART_OF_KM:
        return False  # already the place near the city
    if nxt is not None and _LIST_AFTER.fullmatch(text[tb.end : nxt.start]):
        # 'in Riverside, Metropolis, Province' names the city's province; 'in A, B and C' is a list
        if text[tb.end : nxt.start].strip() != "," or not any(
                h.place.feature in ("admin1", "admin2") and (h.place.country_code, h.place.admin1_code)
                == (b.country_code, b.admin1_code) for h in nxt.candidates):
            return False
    return True


_PROVINCE_ONLY_BODIES = re.compile(r"\s+(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in lexicon().get("province_only_bodies", [])) + r")\b", re.IGNORECASE)
_CAPITAL_DISTINGUISHERS = tuple(lexicon().get("capital_distinguishers", []))
_CAPITAL_SPELT = re.compile(r",\s*(?:" + "|".join(map(re.escape, _CAPITAL_DISTINGUISHERS)) + r")(?!\w)")
_BIG_NAMED_CITY = 500_000  # a name that stands for a city this big is left to the story's own votes


def _provinces_the_story_means(text: str, toponyms: list[Toponym]) -> None:
    """Three ways a story shows that a name means a province, or an area it names in full, not its namesake:
    'the Georgia National Guard' (a body only a state has: the state, not the country, in every mention that read
    the country); 'at home in Washington' in a story that spells the capital 'Washington, D.C.' and names a town of
    the state (the state); and 'Suffolk' in a story that names 'Suffolk County' (the county it read there, not a
    town elsewhere called Suffolk, unless a big city or a capital bears the name)."""
    def area_hit(t: Toponym, want) -> GazPlace | None:
        return next((h.place for h in t.candidates if h.kind != KIND_VARIANT and h.place.feature in ("admin1", "admin2")
                     and want(h.place)), None)

    for t in toponyms:
        if t.chosen is None or t.chosen.feature != "country" or not _PROVINCE_ONLY_BODIES.match(text, t.end):
            continue
        state = area_hit(t, lambda p: p.feature == "admin1" and norm_key(p.name) == norm_key(t.text))
        if state is not None:
            country = t.chosen
            for o in toponyms:
                if o.text == t.text and o.chosen is country:
                    _set_choice(o, state)
    for t in toponyms:
        c = t.chosen
        if c is None or c.feature != "city" or not c.capital or t.text.endswith(_CAPITAL_DISTINGUISHERS) \
                or _CAPITAL_SPELT.match(text, t.end):
            continue
        # (geoparse() joins 'Washington, D.C.' into one name only after this: read the text too)
        spelt = any(o.text.startswith(t.text + ",") and o.text.endswith(_CAPITAL_DISTINGUISHERS) for o in toponyms) \
            or any(_CAPITAL_SPELT.match(text, m.end()) for m in re.finditer(rf"\b{re.escape(t.text)}\b", text))
        state = area_hit(t, lambda p: p.feature == "admin1" and norm_key(p.name) == norm_key(t.text)
                         and p.country_code == c.country_code)
        if spelt and state is not None and any(
                o.chosen is not None and o.chosen.feature == "city" and o.chosen.pid != c.pid
                and (o.chosen.country_code, o.chosen.admin1_code) == (state.country_code, state.admin1_code)
                for o in toponyms):
            _set_choice(t, state)
    towns = [o.chosen for o in toponyms if o.chosen is not None and o.chosen.feature == "city" and not o.embedded]
    for u in toponyms:
        # 'Suffolk County ... a barn in Southold': of the counties of that name, the one that holds a town the story
        # names, not the most populous
        if u.chosen is not None and u.chosen.feature == "admin2" and not _holds_a_town(u.chosen, towns):
            holder = next((h.place for h in u.candidates if h.kind != KIND_VARIANT and h.place.feature == "admin2"
                           and norm_key(h.place.name) == norm_key(u.chosen.name) and _holds_a_town(h.place, towns)),
                          None)
            if holder is not None:
                _set_choice(u, holder)
            else:
                _pair_county_and_town(u, toponyms)
    counties: dict[str, GazPlace] = {}
    for u in toponyms:
        words = u.text.split()
        if len(words) > 1 and words[-1].lower() in _ADMIN_SUFFIX_WORDS and u.chosen is not None \
                and u.chosen.feature in ("admin1", "admin2"):
            counties.setdefault(norm_key(" ".join(words[:-1])), u.chosen)
    if not counties:
        return
    for t in toponyms:
        area = counties.get(norm_key(t.text))
        c = t.chosen
        if area is None or c is None or c.pid == area.pid or c.feature in ("country", "admin1", "continent") \
                or c.capital or c.population >= _BIG_NAMED_CITY or _within(area)(c):
            continue
        inside = [h.place for h in t.candidates if h.kind != KIND_VARIANT and _within(area)(h.place)]
        _set_choice(t, next((p for p in inside if p.pid == area.pid), inside[0] if inside else area))


def _pair_county_and_town(u: Toponym, toponyms: list[Toponym]) -> None:
    """'Police in Dover said the Kent County sheriff...': a county that holds none of the story's towns, and a
    small town of the story that lies in none of its counties, are the pair of namesakes where one holds the other
    (Dover in Kent County, Delaware), not two places a state or more apart."""
    county = u.chosen
    for o in toponyms:
        town = o.chosen
        if o is u or town is None or town.feature != "city" or o.embedded or o.located_by_context \
                or town.population >= _BIG_CITY or town.capital or town.country_code != county.country_code \
                or (town.country_code, town.admin1_code) == (county.country_code, county.admin1_code):
            continue
        pairs = [(hk.place, ht.place) for hk in u.candidates if hk.kind != KIND_VARIANT
                 and hk.place.feature == "admin2" and hk.place.country_code == county.country_code
                 and norm_key(hk.place.name) == norm_key(county.name)
                 for ht in o.candidates if ht.kind != KIND_VARIANT and ht.place.feature == "city"
                 and ht.place.country_code == county.country_code and ht.place.population < _BIG_CITY
                 and _holds_a_town(hk.place, [ht.place])]
        if pairs:
            k, c = max(pairs, key=lambda kc: kc[1].population)
            _set_choice(u, k)
            _set_choice(o, c)
            return
