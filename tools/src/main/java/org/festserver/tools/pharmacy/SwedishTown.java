package org.festserver.tools.pharmacy;

import java.util.List;

/**
 * A Swedish post town with its real county (län) code, municipality (kommun) code within the county, post-code
 * prefixes and telephone area code, plus how many ordinary pharmacies the sample gives it.
 *
 * @param name post town
 * @param county two-digit county code ({@code LT})
 * @param municipality two-digit municipality code within the county ({@code KO})
 * @param postcodePrefixes first three digits of post codes in the town
 * @param areaCode telephone area code, e.g. {@code 08}, {@code 031}, {@code 0498}
 * @param pharmacies ordinary pharmacies (VKOD AP) to generate
 */
record SwedishTown(
    String name, String county, String municipality, List<String> postcodePrefixes, String areaCode, int pharmacies) {

  static SwedishTown of(String name, String county, String municipality, String areaCode, int pharmacies,
      String... postcodePrefixes) {
    return new SwedishTown(name, county, municipality, List.of(postcodePrefixes), areaCode, pharmacies);
  }

  /** All towns used by the sample, by county. Codes from SCB's county and municipality codes. */
  static final List<SwedishTown> ALL = List.of(
      // 01 Stockholms län
      of("Stockholm", "01", "80", "08", 17, "111", "112", "113", "114", "115", "116", "117", "118", "120", "121",
          "122", "124", "126", "127", "128", "129"),
      of("Solna", "01", "84", "08", 2, "169", "170", "171"),
      of("Sundbyberg", "01", "83", "08", 1, "172", "174"),
      of("Nacka", "01", "82", "08", 2, "131", "132"),
      of("Huddinge", "01", "26", "08", 2, "141"),
      of("Södertälje", "01", "81", "08", 2, "151", "152"),
      of("Täby", "01", "60", "08", 2, "183", "187"),
      of("Sollentuna", "01", "63", "08", 1, "191", "192"),
      of("Järfälla", "01", "23", "08", 1, "175", "177"),
      of("Lidingö", "01", "86", "08", 1, "181"),
      of("Norrtälje", "01", "88", "0176", 1, "761"),
      of("Haninge", "01", "36", "08", 1, "136", "137"),
      of("Tumba", "01", "27", "08", 1, "147"),
      of("Upplands Väsby", "01", "14", "08", 1, "194"),
      of("Nynäshamn", "01", "92", "08", 1, "149"),
      of("Märsta", "01", "91", "08", 1, "195"),
      of("Åkersberga", "01", "17", "08", 1, "184"),
      of("Gustavsberg", "01", "20", "08", 1, "134"),
      of("Vallentuna", "01", "15", "08", 1, "186"),
      of("Tyresö", "01", "38", "08", 1, "135"),
      of("Danderyd", "01", "62", "08", 1, "182"),
      // 03 Uppsala län
      of("Uppsala", "03", "80", "018", 6, "752", "753", "754", "756"),
      of("Enköping", "03", "81", "0171", 1, "745"),
      of("Östhammar", "03", "82", "0173", 1, "742"),
      of("Tierp", "03", "60", "0293", 1, "815"),
      of("Morgongåva", "03", "31", "0224", 0, "744"),
      // 04 Södermanlands län
      of("Eskilstuna", "04", "84", "016", 2, "632", "633"),
      of("Nyköping", "04", "80", "0155", 2, "611"),
      of("Katrineholm", "04", "83", "0150", 1, "641"),
      of("Strängnäs", "04", "86", "0152", 1, "645"),
      of("Flen", "04", "82", "0157", 1, "642"),
      // 05 Östergötlands län
      of("Linköping", "05", "80", "013", 4, "581", "582", "583", "585"),
      of("Norrköping", "05", "81", "011", 4, "602", "603"),
      of("Motala", "05", "83", "0141", 1, "591"),
      of("Mjölby", "05", "86", "0142", 1, "595"),
      of("Vadstena", "05", "84", "0143", 1, "592"),
      of("Söderköping", "05", "82", "0121", 1, "614"),
      // 06 Jönköpings län
      of("Jönköping", "06", "80", "036", 4, "553", "554", "555", "556"),
      of("Värnamo", "06", "83", "0370", 1, "331"),
      of("Nässjö", "06", "82", "0380", 1, "571"),
      of("Eksjö", "06", "86", "0381", 1, "575"),
      of("Tranås", "06", "87", "0140", 1, "573"),
      // 07 Kronobergs län
      of("Växjö", "07", "80", "0470", 2, "352"),
      of("Ljungby", "07", "81", "0372", 1, "341"),
      // 08 Kalmar län
      of("Kalmar", "08", "80", "0480", 2, "392"),
      of("Västervik", "08", "83", "0490", 1, "593"),
      of("Oskarshamn", "08", "82", "0491", 1, "572"),
      of("Vimmerby", "08", "84", "0492", 1, "598"),
      // 09 Gotlands län
      of("Visby", "09", "80", "0498", 1, "621"),
      // 10 Blekinge län
      of("Karlskrona", "10", "80", "0455", 2, "371"),
      of("Karlshamn", "10", "82", "0454", 1, "374"),
      of("Ronneby", "10", "81", "0457", 1, "372"),
      of("Sölvesborg", "10", "83", "0456", 1, "294"),
      // 12 Skåne län
      of("Malmö", "12", "80", "040", 9, "211", "212", "214", "215", "216", "217"),
      of("Lund", "12", "81", "046", 3, "222", "223", "224", "226"),
      of("Helsingborg", "12", "83", "042", 4, "252", "253", "254"),
      of("Landskrona", "12", "82", "0418", 1, "261"),
      of("Höganäs", "12", "84", "042", 1, "263"),
      of("Eslöv", "12", "85", "0413", 1, "241"),
      of("Ystad", "12", "86", "0411", 1, "271"),
      of("Trelleborg", "12", "87", "0410", 1, "231"),
      of("Kristianstad", "12", "90", "044", 2, "291"),
      of("Ängelholm", "12", "92", "0431", 1, "262"),
      of("Hässleholm", "12", "93", "0451", 1, "281"),
      of("Vellinge", "12", "33", "040", 1, "235"),
      of("Svedala", "12", "63", "040", 1, "233"),
      // 13 Hallands län
      of("Halmstad", "13", "80", "035", 3, "302"),
      of("Varberg", "13", "83", "0340", 2, "432"),
      of("Kungsbacka", "13", "84", "0300", 2, "434"),
      of("Falkenberg", "13", "82", "0346", 1, "311"),
      of("Laholm", "13", "81", "0430", 1, "312"),
      // 14 Västra Götalands län
      of("Göteborg", "14", "80", "031", 12, "411", "413", "414", "415", "416", "417", "418", "421", "422", "424"),
      of("Mölndal", "14", "81", "031", 2, "431"),
      of("Kungälv", "14", "82", "0303", 1, "442"),
      of("Partille", "14", "02", "031", 1, "433"),
      of("Mölnlycke", "14", "01", "031", 1, "435"),
      of("Lerum", "14", "41", "0302", 1, "443"),
      of("Nödinge", "14", "40", "0303", 1, "449"),
      of("Alingsås", "14", "89", "0322", 1, "441"),
      of("Borås", "14", "90", "033", 3, "503", "504", "506"),
      of("Trollhättan", "14", "88", "0520", 2, "461"),
      of("Uddevalla", "14", "85", "0522", 2, "451"),
      of("Vänersborg", "14", "87", "0521", 1, "462"),
      of("Lysekil", "14", "84", "0523", 1, "453"),
      of("Strömstad", "14", "86", "0526", 1, "452"),
      of("Skövde", "14", "96", "0500", 2, "541"),
      of("Lidköping", "14", "94", "0510", 1, "531"),
      of("Mariestad", "14", "93", "0501", 1, "542"),
      of("Falköping", "14", "99", "0515", 1, "521"),
      of("Skara", "14", "95", "0511", 1, "532"),
      of("Ulricehamn", "14", "91", "0321", 1, "523"),
      of("Åmål", "14", "92", "0532", 1, "662"),
      // 17 Värmlands län
      of("Karlstad", "17", "80", "054", 3, "652", "653"),
      of("Arvika", "17", "84", "0570", 1, "671"),
      of("Kristinehamn", "17", "81", "0550", 1, "681"),
      of("Säffle", "17", "85", "0533", 1, "661"),
      of("Filipstad", "17", "82", "0590", 1, "682"),
      // 18 Örebro län
      of("Örebro", "18", "80", "019", 4, "702", "703", "704"),
      of("Karlskoga", "18", "83", "0586", 1, "691"),
      of("Kumla", "18", "81", "019", 1, "692"),
      of("Lindesberg", "18", "85", "0581", 1, "711"),
      // 19 Västmanlands län
      of("Västerås", "19", "80", "021", 4, "722", "723", "724", "725"),
      of("Sala", "19", "81", "0224", 1, "733"),
      of("Köping", "19", "83", "0221", 1, "731"),
      of("Arboga", "19", "84", "0589", 1, "732"),
      of("Strömsholm", "19", "61", "0220", 0, "734"),
      // 20 Dalarnas län
      of("Falun", "20", "80", "023", 2, "791"),
      of("Borlänge", "20", "81", "0243", 2, "784"),
      of("Ludvika", "20", "85", "0240", 1, "771"),
      of("Mora", "20", "62", "0250", 1, "792"),
      of("Avesta", "20", "84", "0226", 1, "774"),
      // 21 Gävleborgs län
      of("Gävle", "21", "80", "026", 3, "802", "803", "806"),
      of("Sandviken", "21", "81", "026", 1, "811"),
      of("Hudiksvall", "21", "84", "0650", 1, "824"),
      of("Söderhamn", "21", "82", "0270", 1, "826"),
      of("Bollnäs", "21", "83", "0278", 1, "821"),
      // 22 Västernorrlands län
      of("Sundsvall", "22", "81", "060", 2, "852", "853"),
      of("Härnösand", "22", "80", "0611", 1, "871"),
      of("Örnsköldsvik", "22", "84", "0660", 1, "891"),
      of("Sollefteå", "22", "83", "0620", 1, "881"),
      of("Kramfors", "22", "82", "0612", 1, "872"),
      // 23 Jämtlands län
      of("Östersund", "23", "80", "063", 2, "831"),
      of("Åre", "23", "21", "0647", 1, "837"),
      // 24 Västerbottens län
      of("Umeå", "24", "80", "090", 3, "903", "904", "906"),
      of("Skellefteå", "24", "82", "0910", 2, "931"),
      of("Lycksele", "24", "81", "0950", 1, "921"),
      // 25 Norrbottens län
      of("Luleå", "25", "80", "0920", 2, "972", "973"),
      of("Piteå", "25", "81", "0911", 1, "941"),
      of("Boden", "25", "82", "0921", 1, "961"),
      of("Kiruna", "25", "84", "0980", 1, "981"),
      of("Gällivare", "25", "23", "0970", 1, "982"),
      of("Haparanda", "25", "83", "0922", 1, "953"));

  /** The town called {@code name}. */
  static SwedishTown named(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no town named " + name));
  }
}
