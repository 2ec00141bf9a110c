#!/usr/bin/env python3
"""Writes fest.xml, the M30 scenario file of the search and product tests (run from this folder).

Every entry follows the 2014-12-01 schema layout of shared/fest/reference/examples/examples.xml. Ids are
deterministic GUIDs derived from a short key, so tests can name them (see SearchCatalog in the server tests).
The clock of the tests is 2026-11-20 (Europe/Oslo).
"""
import uuid
from xml.sax.saxutils import escape

NS_FS = "http://www.kith.no/xmlstds/eresept/forskrivning/2014-12-01"
OID = "2.16.578.1.12.4.1.1."


def gid(key):
    return "ID_" + str(uuid.uuid5(uuid.NAMESPACE_URL, "fest-search/" + key)).upper()


def e(text):
    return escape(str(text), {'"': "&quot;"})


out = []
w = out.append
entry_no = [0]


def oppf(cat, body):
    entry_no[0] += 1
    w(f"    <Oppf{cat}>\n      <Id>{gid('entry/' + str(entry_no[0]))}</Id>\n"
      f"      <Tidspunkt>2026-10-15T00:51:12</Tidspunkt>\n      <Status V=\"A\" DN=\"Aktiv oppføring\" />\n")
    w(body)
    w(f"    </Oppf{cat}>\n")


FORMS = {"53": "Tablett", "21": "Kapsel", "10": "Depotplaster", "61": "Enterokapsel", "62": "Enterotablett",
         "70": "Inhalasjonsaerosol", "80": "Krem", "81": "Salve", "90": "Pulver og væske til injeksjonsvæske"}
UNITS = {"13": "tablett", "21": "kapsel", "40": "plaster"}


def legemiddel(atc, atc_name, name, rg="C", form="53", prep=("7", "Legemiddel"), soknad=("1", "Skal ikke søkes"),
               admin=None, refusjon=None, bytte=None):
    s = (f'        <Atc V="{atc}" S="{OID}7180" DN="{e(atc_name)}" />\n'
         f"        <NavnFormStyrke>{e(name)}</NavnFormStyrke>\n"
         f'        <Reseptgruppe V="{rg}" DN="Reseptgruppe {rg}" />\n'
         f'        <LegemiddelformKort V="{form}" S="{OID}7448" DN="{FORMS[form]}" />\n')
    if prep:
        s += f'        <Preparattype V="{prep[0]}" DN="{e(prep[1])}" />\n'
    s += f'        <TypeSoknadSlv V="{soknad[0]}" DN="{e(soknad[1])}" />\n'
    if refusjon:
        s += (f"        <Refusjon>\n          <RefRefusjonsgruppe>{gid(refusjon)}</RefRefusjonsgruppe>\n"
              f"          <GyldigFraDato>2008-01-17</GyldigFraDato>\n        </Refusjon>\n")
    if bytte:
        s += (f"        <PakningByttegruppe>\n          <RefByttegruppe>{gid(bytte[0])}</RefByttegruppe>\n"
              f"          <GyldigFraDato>{bytte[1]}</GyldigFraDato>\n        </PakningByttegruppe>\n")
    if admin:
        unit, dose = admin
        s += (f"        <AdministreringLegemiddel>\n"
              f'          <Administrasjonsvei V="53" S="{OID}7477" DN="Oral bruk" />\n')
        if unit:
            s += f'          <EnhetDosering V="{unit}" S="{OID}7480" DN="{UNITS[unit]}" />\n'
        if dose:
            s += f'          <Kortdose V="{dose[0]}" S="{OID}7478" DN="{e(dose[1])}" />\n'
        s += "        </AdministreringLegemiddel>\n"
    return s


ATC = {}


def atc(code, no, en):
    ATC[code] = (no, en)


# --- substances -----------------------------------------------------------------------------------------------
SUBSTANCES = [("simva", "Simvastatin", "Simvastatin"), ("klari", "Klaritromycin", "Clarithromycin"),
              ("parac", "Paracetamol", "Paracetamol"), ("kodein", "Kodein", "Codeine"),
              ("ostra", "Østradiol", "Estradiol"), ("hydro", "Hydroklortiazid", "Hydrochlorothiazide"),
              ("zolmi", "Zolmitriptan", "Zolmitriptan"), ("isotr", "Isotretinoin", "Isotretinoin"),
              ("kolki", "Kolkisin", "Colchicine"), ("omepr", "Omeprazol", "Omeprazole"),
              ("ipra", "Ipratropiumbromid", "Ipratropium bromide"), ("hydrok", "Hydrokortison", "Hydrocortisone"),
              ("vort", "Vortioksetin", "Vortioxetine"), ("mentol", "Levomentol", "Levomenthol"),
              ("faktor", "Koagulasjonsfaktor IX", "Coagulation factor IX")]
STRENGTHS = [("simva10", "simva", "10", "mg"), ("simva20", "simva", "20", "mg"), ("simva40", "simva", "40", "mg"),
             ("klari500", "klari", "500", "mg"), ("parac500", "parac", "500", "mg"), ("parac400", "parac", "400", "mg"),
             ("kodein30", "kodein", "30", "mg"), ("ostra50", "ostra", "50", "mikrog"),
             ("hydro12", "hydro", "12.5", "mg"), ("zolmi2", "zolmi", "2.5", "mg"), ("isotr10", "isotr", "10", "mg"),
             ("kolki05", "kolki", "0.5", "mg"), ("omepr20", "omepr", "20", "mg"), ("ipra20", "ipra", "20", "mikrog"),
             ("hydrok1", "hydrok", "1", "%"), ("vort10", "vort", "10", "mg"), ("vort20", "vort", "20", "mg"),
             ("faktor250", "faktor", "250", "IU")]

# --- brands: key, name, trade name, atc, atc name, form, strengths, extras ---------------------------------------
BRANDS = [
    ("zoc20", "Zocorex Tab 20 mg", "Zocorex", "C10AA01", "Simvastatin", "53", ["simva20"], dict(admin=("13", ("93", "1 daglig")))),
    ("sansim20", "Simvastatin Sandoz Tab 20 mg", "Simvastatin Sandoz", "C10AA01", "Simvastatin", "53", ["simva20"], {}),
    ("krksim20", "Simvastatin Krka Tab 20 mg", "Simvastatin Krka", "C10AA01", "Simvastatin", "53", ["simva20"], {}),
    ("zoc40", "Zocorex Tab 40 mg", "Zocorex", "C10AA01", "Simvastatin", "53", ["simva40"], dict(admin=("13", ("94", "2 daglig")))),
    ("sansim40", "Simvastatin Sandoz Tab 40 mg", "Simvastatin Sandoz", "C10AA01", "Simvastatin", "53", ["simva40"], {}),
    ("sansim10", "Simvastatin Sandoz Tab 10 mg", "Simvastatin Sandoz", "C10AA01", "Simvastatin", "53", ["simva10"], {}),
    ("klacid", "Klacid Tab 500 mg", "Klacid", "J01FA09", "Klaritromycin", "53", ["klari500"], {}),
    ("klamyl", "Klaritromycin Mylan Tab 500 mg", "Klaritromycin Mylan", "J01FA09", "Klaritromycin", "53", ["klari500"], {}),
    ("paracet", "Paracet Tab 500 mg", "Paracet", "N02BE01", "Paracetamol", "53", ["parac500"], dict(rg="F")),
    ("pinex", "Pinex Tab 500 mg", "Pinex", "N02BE01", "Paracetamol", "53", ["parac500"], {}),
    ("paralgin", "Paralgin forte Tab 400 mg/30 mg", "Paralgin forte", "N02AJ06", "Kodein og paracetamol", "53", ["parac400", "kodein30"], {}),
    ("estradot", "Estradot Depotplaster 50 mikrog/24 timer", "Estradot", "G03CA03", "Østradiol", "10", ["ostra50"], dict(admin=("40", ("96", "2 ganger i uken")))),
    ("esidrex", "Esidrex Tab 12,5 mg", "Esidrex", "C03AA03", "Hydroklortiazid", "53", ["hydro12"], {}),
    ("zomig", "Zomig Tab 2,5 mg", "Zomig", "N02CC03", "Zolmitriptan", "53", ["zolmi2"], {}),
    ("roacc", "Roaccutan Kaps 10 mg", "Roaccutan", "D10BA01", "Isotretinoin", "21", ["isotr10"], dict(admin=("21", ("94", "2 daglig")))),
    ("kolkisin", "Kolkisin Unimed Tab 0,5 mg", "Kolkisin Unimed", "M04AC01", "Kolkisin", "53", ["kolki05"],
     dict(prep=("11", "Krever godkj. Fritak"), soknad=("2", "Søknad vurderes av apotek"))),
    ("omeact", "Omeprazol Actavis Enterokaps 20 mg", "Omeprazol Actavis", "A02BC01", "Omeprazol", "61", ["omepr20"], {}),
    ("losec", "Losec MUPS Enterotab 20 mg", "Losec MUPS", "A02BC01", "Omeprazol", "62", ["omepr20"], {}),
    ("aerovent", "Ærovent Inh aerosol 20 mikrog/dose", "Ærovent", "R03BB01", "Ipratropiumbromid", "70", ["ipra20"], {}),
    ("decorin", "Décorin Krem 1 %", "Décorin", "D07AA02", "Hydrokortison", "80", ["hydrok1"], {}),
    ("startex10", "Startex Tab 10 mg", "Startex", "N06AX26", "Vortioksetin", "53", ["vort10"], {}),
    ("startex20", "Startex Tab 20 mg", "Startex", "N06AX26", "Vortioksetin", "53", ["vort20"], {}),
    ("algard", "Ålgård Salve 5 %", "Ålgård", "M02AX10", "Andre midler", "81", [], dict(without=["mentol"], rg="F")),
    ("cluvex", "Cluvex Pulv og væske til inj 250 IU", "Cluvex", "B02BD04", "Koagulasjonsfaktor IX", "90", ["faktor250"], {}),
]

# --- substance groups: key, name, atc, form, strengths, brand refs (None = no refs, R-3.3.1), extras ------------
GROUPS = [
    ("g_simva20", "Simvastatin Tab 20 mg", "C10AA01", "53", ["simva20"], ["zoc20", "sansim20", "krksim20"],
     dict(admin=("13", ("94", "2 daglig")), refusjon="rg_simva")),
    ("g_simva40", "Simvastatin Tab 40 mg", "C10AA01", "53", ["simva40"], None, {}),
    ("g_simva10", "Simvastatin Tab 10 mg", "C10AA01", "53", ["simva10"], ["sansim10"], {}),
    ("g_klari", "Klaritromycin Tab 500 mg", "J01FA09", "53", ["klari500"], ["klacid", "klamyl"], {}),
    ("g_parac", "Paracetamol Tab 500 mg", "N02BE01", "53", ["parac500"], ["paracet", "pinex"], dict(rg="CF")),
    ("g_kodpar", "Kodein/Paracetamol Tab 30 mg/400 mg", "N02AJ06", "53", ["kodein30", "parac400"], ["paralgin"], {}),
    ("g_ostra", "Østradiol Depotplaster 50 mikrog/24 timer", "G03CA03", "10", ["ostra50"], ["estradot"], {}),
    ("g_hydro", "Hydroklortiazid Tab 12,5 mg", "C03AA03", "53", ["hydro12"], ["esidrex"], {}),
    ("g_zolmi", "Zolmitriptan Tab 2,5 mg", "N02CC03", "53", ["zolmi2"], ["zomig"], {}),
    ("g_isotr", "Isotretinoin Kaps 10 mg", "D10BA01", "21", ["isotr10"], ["roacc"], {}),
    ("g_kolki", "Kolkisin Tab 0,5 mg", "M04AC01", "53", ["kolki05"], ["kolkisin"],
     dict(soknad=("2", "Søknad vurderes av apotek"), prep=None)),
    ("g_omekap", "Omeprazol Enterokaps 20 mg", "A02BC01", "61", ["omepr20"], ["omeact"], {}),
    ("g_ometab", "Omeprazol Enterotab 20 mg", "A02BC01", "62", ["omepr20"], ["losec"], {}),
    ("g_ipra", "Ipratropiumbromid Inh aerosol 20 mikrog/dose", "R03BB01", "70", ["ipra20"], ["aerovent"], {}),
    ("g_hydrok", "Hydrokortison Krem 1 %", "D07AA02", "80", ["hydrok1"], ["decorin"], {}),
]

# --- packs: varenr, brand keys with size, extras ----------------------------------------------------------------
PRICES_ZOC = [("3", "AIP", "45.12", "2026-01-01", None), ("4", "AUP", "96.4", "2026-01-01", "2026-12-01"),
              ("4", "AUP", "92.1", "2026-12-01", None), ("5", "Trinnpris", "38.9", "2026-01-01", None),
              ("2", "Refusjonspris", "40", "2026-01-01", None), ("3", "AIP", "44", "2025-01-01", "2026-01-01")]
PACKS = [
    ("100010", "zoc20", [("zoc20", "28")], dict(eans=["7046261000106", "7046261000120"], prices=PRICES_ZOC,
                                               bytte=("bg_simva20", "2008-01-17"), marketed="2009-03-01")),
    ("100011", "zoc20", [("zoc20", "98")], dict(eans=["7046261000113"], former="099011", bytte=("bg_simva20", "2008-01-17"))),
    ("100012", "sansim20", [("sansim20", "28")], dict(dereg="2026-01-10", bytte=("bg_simva20", "2010-05-01"))),
    ("100014", "krksim20", [("krksim20", "30")], dict(withdrawn="2026-10-01", bytte=("bg_simva20", "2012-01-01"))),
    ("100015", "sansim40", [("sansim40", "28")], {}),
    ("100016", "zoc40", [("zoc40", "28")], {}),
    ("100018", "sansim10", [("sansim10", "28")], {}),
    ("100013", "klacid", [("klacid", "14")], dict(eans=["7046261000137"])),
    ("100017", "klamyl", [("klamyl", "14")], dict(marketed="2027-02-01")),
    ("100020", "paracet", [("paracet", "20")], dict(rg="F")),
    ("100021", "pinex", [("pinex", "100")], {}),
    ("100022", "paralgin", [("paralgin", "30")], {}),
    ("100030", "estradot", [("estradot", "8")], {}),
    ("100040", "esidrex", [("esidrex", "100")], {}),
    ("100050", "zomig", [("zomig", "6")], {}),
    ("100060", "roacc", [("roacc", "30")], {}),
    ("100070", "kolkisin", [("kolkisin", "100")], dict(prep=("11", "Krever godkj. Fritak"), soknad=("2", "Søknad vurderes av apotek"))),
    ("100080", "omeact", [("omeact", "28")], dict(bytte=("bg_ome20", "2015-01-01"))),
    ("100083", "omeact", [("omeact", "100")], {}),
    ("100081", "losec", [("losec", "28")], dict(bytte=("bg_ome20", "2015-01-01"))),
    ("100082", "losec", [("losec", "100")], dict(bytte=("bg_ome20", "2027-01-01"))),
    ("100090", "startex10", [("startex10", "14"), ("startex20", "14")], dict(name="Startex Tab 10 mg/20 mg startpakning")),
    ("100095", "aerovent", [("aerovent", "200")], dict(unit=("dose", "dose"))),
    ("100096", "decorin", [("decorin", "30")], dict(unit=("g", "gram"))),
    ("100097", "algard", [("algard", "50")], dict(unit=("g", "gram"), rg="F")),
    ("100098", "cluvex", [("cluvex", "1")], dict(unit=("S", "sett"), components=True)),
]

DOSES = [("d_zoc20", "1000001", "zoc20", ["100010", "100011"]), ("d_klacid", "1000002", "klacid", ["100013"])]

BRAND_BY_KEY = {b[0]: b for b in BRANDS}

w('<?xml version="1.0" encoding="utf-8"?>\n'
  '<FEST xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
  'xmlns="http://www.kith.no/xmlstds/eresept/m30/2014-12-01">\n  <HentetDato>2026-11-01T03:00:00</HentetDato>\n')

w("  <KatLegemiddelMerkevare>\n")
for key, name, trade, code, atc_name, form, strengths, x in BRANDS:
    body = f'      <LegemiddelMerkevare xmlns="{NS_FS}">\n'
    body += legemiddel(code, atc_name, name, rg=x.get("rg", "C"), form=form, prep=x.get("prep", ("7", "Legemiddel")),
                       soknad=x.get("soknad", ("1", "Skal ikke søkes")), admin=x.get("admin"))
    body += f"        <Id>{gid(key)}</Id>\n        <Varenavn>{e(trade)}</Varenavn>\n"
    for i, s in enumerate(strengths):
        body += (f"        <SortertVirkestoffMedStyrke>\n          <Sortering>{i}</Sortering>\n"
                 f"          <RefVirkestoffMedStyrke>{gid(s)}</RefVirkestoffMedStyrke>\n        </SortertVirkestoffMedStyrke>\n")
    for i, s in enumerate(x.get("without", [])):
        body += (f"        <SortertVirkestoffUtenStyrke>\n          <Sortering>{i}</Sortering>\n"
                 f"          <RefVirkestoff>{gid(s)}</RefVirkestoff>\n        </SortertVirkestoffUtenStyrke>\n")
    if key == "roacc":
        body += ('        <Reseptgyldighet>\n          <Kjonn V="2" DN="Kvinne" />\n          <Varighet>P7D</Varighet>\n'
                 '        </Reseptgyldighet>\n        <Reseptgyldighet>\n          <Kjonn V="1" DN="Mann" />\n'
                 '          <Varighet>P1Y</Varighet>\n        </Reseptgyldighet>\n')
    else:
        body += "        <Reseptgyldighet>\n          <Varighet>P1Y</Varighet>\n        </Reseptgyldighet>\n"
    body += "      </LegemiddelMerkevare>\n"
    oppf("LegemiddelMerkevare", body)
w("  </KatLegemiddelMerkevare>\n")

w("  <KatLegemiddelpakning>\n")
for nr, main, infos, x in PACKS:
    b = BRAND_BY_KEY[main]
    body = f'      <Legemiddelpakning xmlns="{NS_FS}">\n'
    body += legemiddel(b[3], b[4], x.get("name", b[1]), rg=x.get("rg", b[7].get("rg", "C")), form=b[5],
                       prep=x.get("prep", ("7", "Legemiddel")), soknad=x.get("soknad", ("1", "Skal ikke søkes")),
                       refusjon="rg_simva" if main == "zoc20" else None, bytte=x.get("bytte"))
    body += f"        <Id>{gid('p' + nr)}</Id>\n        <Varenr>{nr}</Varenr>\n"
    for ean in x.get("eans", []):
        body += f"        <Ean>{ean}</Ean>\n"
    unit = x.get("unit", ("stk", "stykk"))
    for brand, size in infos:
        body += (f"        <Pakningsinfo>\n          <RefLegemiddelMerkevare>{gid(brand)}</RefLegemiddelMerkevare>\n"
                 f"          <Pakningsstr>{size}</Pakningsstr>\n"
                 f'          <EnhetPakning V="{unit[0]}" S="{OID}7452" DN="{unit[1]}" />\n'
                 f'          <Pakningstype V="169" S="{OID}7449" DN="Blisterpakning" />\n'
                 f"          <Mengde>{size}</Mengde>\n")
        if x.get("components"):
            body += (f'          <Pakningskomponent>\n            <Pakningstype V="8" S="{OID}7449" DN="Hetteglass" />\n'
                     '            <Mengde V="1" U="stk" />\n            <Antall>1</Antall>\n          </Pakningskomponent>\n'
                     f'          <Pakningskomponent>\n            <Pakningstype V="12" S="{OID}7449" DN="Sprøyte" />\n'
                     '            <Mengde V="5" U="ml" />\n            <Antall>1</Antall>\n          </Pakningskomponent>\n')
        body += "        </Pakningsinfo>\n"
    for code, dn, amount, frm, to in x.get("prices", [("3", "AIP", "10", "2026-01-01", None), ("4", "AUP", "20", "2026-01-01", None)]):
        body += (f'        <PrisVare>\n          <Type V="{code}" S="{OID}7453" DN="{dn}" />\n'
                 f'          <Pris V="{amount}" U="NOK" />\n          <GyldigFraDato>{frm}</GyldigFraDato>\n')
        if to:
            body += f"          <GyldigTilDato>{to}</GyldigTilDato>\n"
        body += "        </PrisVare>\n"
    body += "        <Markedsforingsinfo>\n"
    if x.get("former"):
        body += f"          <VarenrUtgaende>{x['former']}</VarenrUtgaende>\n"
    body += f"          <Markedsforingsdato>{x.get('marketed', '2015-06-01')}</Markedsforingsdato>\n"
    if x.get("dereg"):
        body += f"          <AvregDato>{x['dereg']}</AvregDato>\n"
    if x.get("withdrawn"):
        body += f"          <MidlUtgattDato>{x['withdrawn']}</MidlUtgattDato>\n"
    body += "        </Markedsforingsinfo>\n      </Legemiddelpakning>\n"
    oppf("Legemiddelpakning", body)
w("  </KatLegemiddelpakning>\n")

w("  <KatVirkestoff>\n")
for key, no, en in SUBSTANCES:
    oppf("Virkestoff", f'      <Virkestoff xmlns="{NS_FS}">\n        <Id>{gid(key)}</Id>\n        <Navn>{e(no)}</Navn>\n'
                       f"        <NavnEngelsk>{e(en)}</NavnEngelsk>\n      </Virkestoff>\n")
for key, sub, value, unit in STRENGTHS:
    denominator = '        <StyrkeNevner V="24" U="time" />\n' if key == "ostra50" else ""
    oppf("Virkestoff", f'      <VirkestoffMedStyrke xmlns="{NS_FS}">\n        <Id>{gid(key)}</Id>\n'
                       f'        <Styrke V="{value}" U="{unit}" />\n{denominator}        <RefVirkestoff>{gid(sub)}</RefVirkestoff>\n'
                       f'        <Styrkeoperator V="L" S="{OID}7445" DN="Lik" />\n      </VirkestoffMedStyrke>\n')
w("  </KatVirkestoff>\n")

PACKS_BY_BRAND = {}
for nr, main, infos, x in PACKS:
    for brand, size in infos:
        PACKS_BY_BRAND.setdefault(brand, []).append(nr)

w("  <KatLegemiddelVirkestoff>\n")
for key, name, code, form, strengths, brand_refs, x in GROUPS:
    atc_name = next(b[4] for b in BRANDS if b[3] == code)
    body = f'      <LegemiddelVirkestoff xmlns="{NS_FS}">\n'
    body += legemiddel(code, atc_name, name, rg=x.get("rg", "C"), form=form, prep=x.get("prep"),
                       soknad=x.get("soknad", ("1", "Skal ikke søkes")), admin=x.get("admin"), refusjon=x.get("refusjon"))
    body += f"        <Id>{gid(key)}</Id>\n"
    for i, s in enumerate(strengths):
        body += (f"        <SortertVirkestoffMedStyrke>\n          <Sortering>{i + 1}</Sortering>\n"
                 f"          <RefVirkestoffMedStyrke>{gid(s)}</RefVirkestoffMedStyrke>\n        </SortertVirkestoffMedStyrke>\n")
    if brand_refs is not None:
        for b in brand_refs:
            body += f"        <RefLegemiddelMerkevare>{gid(b)}</RefLegemiddelMerkevare>\n"
        for b in brand_refs:
            for nr in PACKS_BY_BRAND.get(b, []):
                body += f"        <RefPakning>{gid('p' + nr)}</RefPakning>\n"
    body += "      </LegemiddelVirkestoff>\n"
    oppf("LegemiddelVirkestoff", body)
w("  </KatLegemiddelVirkestoff>\n")

w("  <KatHandelsvare>\n")
oppf("Handelsvare", f'      <Naringsmiddel xmlns="{NS_FS}">\n        <Nr>812345</Nr>\n        <Navn>Næringsdrikk Sjokolade 200 ml</Navn>\n'
                    "      </Naringsmiddel>\n")
oppf("Handelsvare", f'      <MedForbMatr xmlns="{NS_FS}">\n        <Nr>512340</Nr>\n        <Navn>Blodsukkerstrimler Glukotest</Navn>\n'
                    "      </MedForbMatr>\n")
w("  </KatHandelsvare>\n")

w("  <KatRefusjon>\n")
oppf("Refusjon", f'      <Refusjonshjemmel>\n        <Refusjonshjemmel V="200" S="{OID}7427" DN="§5-14 §2" />\n'
                 "        <KreverVarekobling>true</KreverVarekobling>\n        <KreverVedtak>false</KreverVedtak>\n"
                 f"        <Refusjonsgruppe>\n          <Id>{gid('rg_simva')}</Id>\n"
                 f'          <GruppeNr V="C10AA01_1" S="{OID}7451" DN="C10AA01_1" />\n'
                 "          <KreverRefusjonskode>false</KreverRefusjonskode>\n        </Refusjonsgruppe>\n"
                 "      </Refusjonshjemmel>\n")
w("  </KatRefusjon>\n")

w("  <KatVarselSlv>\n")
oppf("VarselSlv", f'      <VarselSlv>\n        <Type V="2" S="{OID}7441" DN="Leveringssvikt" />\n'
                  "        <Overskrift>Mangel på simvastatin 20 mg</Overskrift>\n"
                  "        <Varseltekst>Midlertidig mangel. Andre pakninger i samme byttegruppe kan utleveres.</Varseltekst>\n"
                  f'        <Visningsregel V="1" S="{OID}7442" DN="Allmennlege" />\n        <FraDato>2026-10-01</FraDato>\n'
                  f'        <Referanseelement>\n          <Klasse V="3" DN="LegemiddelVirkestoffId" />\n'
                  f"          <RefElement>{gid('g_simva20')}</RefElement>\n        </Referanseelement>\n      </VarselSlv>\n")
w("  </KatVarselSlv>\n")

atc("A", "Fordøyelsesorganer og stoffskifte", "Alimentary tract and metabolism")
atc("A02", "Midler mot syrerelaterte lidelser", "Drugs for acid related disorders")
atc("A02B", "Midler mot magesår og gastroøsofageal reflukssykdom", "Drugs for peptic ulcer and GORD")
atc("A02BC", "Protonpumpehemmere", "Proton pump inhibitors")
atc("A02BC01", "Omeprazol", "Omeprazole")
atc("C", "Hjerte og kretsløp", "Cardiovascular system")
atc("C03", "Diuretika", "Diuretics")
atc("C03A", "Low-ceiling diuretika, tiazider", "Low-ceiling diuretics, thiazides")
atc("C03AA", "Tiazider, usammensatte preparater", "Thiazides, plain")
atc("C03AA03", "Hydroklortiazid", "Hydrochlorothiazide")
atc("C10", "Lipidmodifiserende midler", "Lipid modifying agents")
atc("C10A", "Lipidmodifiserende midler, usammensatte", "Lipid modifying agents, plain")
atc("C10AA", "HMG-CoA-reduktasehemmere", "HMG CoA reductase inhibitors")
atc("C10AA01", "Simvastatin", "Simvastatin")
atc("C10AA05", "Atorvastatin", "Atorvastatin")
atc("J", "Antiinfektiva til systemisk bruk", "Antiinfectives for systemic use")
atc("J01", "Antibakterielle midler til systemisk bruk", "Antibacterials for systemic use")
atc("J01F", "Makrolider, linkosamider og streptograminer", "Macrolides, lincosamides and streptogramins")
atc("J01FA", "Makrolider", "Macrolides")
atc("J01FA09", "Klaritromycin", "Clarithromycin")
atc("N02BE01", "Paracetamol", "Paracetamol")
atc("G03CA03", "Østradiol", "Estradiol")

CODES = [("7180", "ATC - Anatomisk Terapeutisk Kjemisk legemiddelregister", "ATC",
          [(code, [(no, None, "NO"), (en, None, "EN")]) for code, (no, en) in ATC.items()]),
         ("7480", "Enhet for dosering", "Enhet dosering",
          [("13", [("tablett", "tabletter", "NO")]), ("21", [("kapsel", None, "NO"), ("kapsler", None, "NO")]),
           ("40", [("plaster", None, "NO")])]),
         ("7478", "Kortdose", "Kortdose",
          [("93", [("1 daglig", "1<dose>daglig", "NO")]), ("94", [("2 daglig", "2<doser>daglig", "NO")]),
           ("96", [("2 ganger i uken", "1<dose>2 ganger i uken", "NO")])])]
w("  <KatKodeverk>\n")
for number, name, short, elements in CODES:
    body = (f"      <Info>\n        <Id>{OID}{number}</Id>\n        <Betegnelse>{e(name)}</Betegnelse>\n"
            f"        <Kortnavn>{e(short)}</Kortnavn>\n        <AnsvarligUtgiver>DMP</AnsvarligUtgiver>\n      </Info>\n")
    for code, terms in elements:
        body += f"      <Element>\n        <Id>{gid('cs' + number + '/' + code)}</Id>\n        <Kode>{code}</Kode>\n"
        for term, description, lang in terms:
            body += f"        <Term>\n          <Term>{e(term)}</Term>\n"
            if description:
                body += f"          <BeskrivelseTerm>{e(description)}</BeskrivelseTerm>\n"
            body += f'          <Sprak V="{lang}" DN="{"NORSK" if lang == "NO" else "ENGELSK"}" />\n        </Term>\n'
        body += "      </Element>\n"
    oppf("Kodeverk", body)
w("  </KatKodeverk>\n")

w("  <KatByttegruppe>\n")
oppf("Byttegruppe", f"      <Byttegruppe>\n        <Id>{gid('bg_simva20')}</Id>\n"
                    '        <Kode V="000123" DN="SIMVASTATIN TABLETTER 20MG" />\n'
                    "        <MerknadTilByttbarhet>false</MerknadTilByttbarhet>\n        <GyldigFraDato>2008-01-17</GyldigFraDato>\n"
                    "      </Byttegruppe>\n")
oppf("Byttegruppe", f"      <Byttegruppe>\n        <Id>{gid('bg_ome20')}</Id>\n"
                    '        <Kode V="000777" DN="OMEPRAZOL 20MG" />\n'
                    "        <MerknadTilByttbarhet>true</MerknadTilByttbarhet>\n"
                    "        <BeskrivelseByttbarhet>Bytte bare ved første gangs utlevering.</BeskrivelseByttbarhet>\n"
                    "        <GyldigFraDato>2015-01-01</GyldigFraDato>\n      </Byttegruppe>\n")
w("  </KatByttegruppe>\n")

w("  <KatLegemiddeldose>\n")
for key, lmr, brand, packs in DOSES:
    b = BRAND_BY_KEY[brand]
    body = f'      <Legemiddeldose xmlns="{NS_FS}">\n' + legemiddel(b[3], b[4], b[1], form=b[5])
    body += f'        <Id>{gid(key)}</Id>\n        <LmrLopenr>{lmr}</LmrLopenr>\n        <Mengde V="1" U="stk" />\n'
    body += f"        <RefLegemiddelMerkevare>{gid(brand)}</RefLegemiddelMerkevare>\n"
    for nr in packs:
        body += f"        <RefPakning>{gid('p' + nr)}</RefPakning>\n"
    body += "      </Legemiddeldose>\n"
    oppf("Legemiddeldose", body)
w("  </KatLegemiddeldose>\n")
w("</FEST>\n")

with open("fest.xml", "w", encoding="utf-8") as f:
    f.write("".join(out))
with open("ids.txt", "w", encoding="utf-8") as f:
    keys = [b[0] for b in BRANDS] + [g[0] for g in GROUPS] + [s[0] for s in SUBSTANCES] + [d[0] for d in DOSES] \
        + ["bg_simva20", "bg_ome20", "rg_simva"] + ["p" + p[0] for p in PACKS]
    for key in keys:
        f.write(f"{key}={gid(key)}\n")
