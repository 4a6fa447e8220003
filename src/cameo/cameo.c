/* cameo.c: the CAMEO 1.1b3 code table and its lookups (a leaf module, libc only).
 * Names follow the CAMEO 1.1b3 codebook, Goldstein values GDELT's table; quad
 * class and PLOVER type follow the rules in docs/cameo.md. */
#include "cameo/cameo.h"

#include <stdlib.h>
#include <string.h>

/* Each row states its quad class and PLOVER type, so the table reads on its
 * own and exceptions to the by-root PLOVER rule stand out (marked below). */
#define VERBAL_COOP(plover)       1, #plover
#define MATERIAL_COOP(plover)     2, #plover
#define VERBAL_CONFLICT(plover)   3, #plover
#define MATERIAL_CONFLICT(plover) 4, #plover

/* Sorted by strcmp, so a root sorts just before its children: bsearch needs it. */
static const struct cameo_code cameo_table[] = {
    {"01", "Make public statement", 0.0, VERBAL_COOP(CONSULT)},
    {"010", "Make statement, not specified below", 0.0, VERBAL_COOP(CONSULT)},
    {"011", "Decline comment", -0.1, VERBAL_COOP(REJECT)}, /* PLOVER exception */
    {"012", "Make pessimistic comment", -0.4, VERBAL_COOP(CONSULT)},
    {"013", "Make optimistic comment", 0.4, VERBAL_COOP(CONSULT)},
    {"014", "Consider policy option", 0.0, VERBAL_COOP(CONSULT)},
    {"015", "Acknowledge or claim responsibility", 0.0, VERBAL_COOP(CONSULT)},
    {"016", "Deny responsibility", -2.0, VERBAL_COOP(REJECT)}, /* PLOVER exception */
    {"017", "Engage in symbolic act", 0.0, VERBAL_COOP(CONSULT)},
    {"018", "Make empathetic comment", 3.4, VERBAL_COOP(CONSULT)},
    {"019", "Express accord", 3.4, VERBAL_COOP(CONSULT)},

    {"02", "Appeal", 3.0, VERBAL_COOP(REQUEST)},
    {"020", "Make an appeal or request, not specified below", 3.0, VERBAL_COOP(REQUEST)},
    {"021", "Appeal for material cooperation, not specified below", 3.4, VERBAL_COOP(REQUEST)},
    {"0211", "Appeal for economic cooperation", 3.4, VERBAL_COOP(REQUEST)},
    {"0212", "Appeal for military cooperation", 3.4, VERBAL_COOP(REQUEST)},
    {"0213", "Appeal for judicial cooperation", 3.4, VERBAL_COOP(REQUEST)},
    {"0214", "Appeal for intelligence", 3.4, VERBAL_COOP(REQUEST)},
    {"022", "Appeal for diplomatic cooperation, such as policy support", 3.2, VERBAL_COOP(REQUEST)},
    {"023", "Appeal for aid, not specified below", 3.4, VERBAL_COOP(REQUEST)},
    {"0231", "Appeal for economic aid", 3.4, VERBAL_COOP(REQUEST)},
    {"0232", "Appeal for military aid", 3.4, VERBAL_COOP(REQUEST)},
    {"0233", "Appeal for humanitarian aid", 3.4, VERBAL_COOP(REQUEST)},
    {"0234", "Appeal for military protection or peacekeeping", 3.4, VERBAL_COOP(REQUEST)},
    {"024", "Appeal for political reform, not specified below", -0.3, VERBAL_COOP(REQUEST)},
    {"0241", "Appeal for change in leadership", -0.3, VERBAL_COOP(REQUEST)},
    {"0242", "Appeal for policy change", -0.3, VERBAL_COOP(REQUEST)},
    {"0243", "Appeal for rights", -0.3, VERBAL_COOP(REQUEST)},
    {"0244", "Appeal for change in institutions, regime", -0.3, VERBAL_COOP(REQUEST)},
    {"025", "Appeal to yield, not specified below", -0.3, VERBAL_COOP(REQUEST)},
    {"0251", "Appeal for easing of administrative sanctions", -0.3, VERBAL_COOP(REQUEST)},
    {"0252", "Appeal for easing of popular dissent", -0.3, VERBAL_COOP(REQUEST)},
    {"0253", "Appeal for release of persons or property", -0.3, VERBAL_COOP(REQUEST)},
    {"0254", "Appeal for easing of economic sanctions, boycott, or embargo", -0.3,
     VERBAL_COOP(REQUEST)},
    {"0255", "Appeal for target to allow international involvement (non-mediation)", -0.3,
     VERBAL_COOP(REQUEST)},
    {"0256", "Appeal for de-escalation of military engagement", -0.3, VERBAL_COOP(REQUEST)},
    {"026", "Appeal to others to meet or negotiate", 4.0, VERBAL_COOP(REQUEST)},
    {"027", "Appeal to others to settle dispute", 4.0, VERBAL_COOP(REQUEST)},
    {"028", "Appeal to engage in or accept mediation", 4.0, VERBAL_COOP(REQUEST)},

    {"03", "Express intent to cooperate", 4.0, VERBAL_COOP(AGREE)},
    {"030", "Express intent to cooperate, not specified below", 4.0, VERBAL_COOP(AGREE)},
    {"031", "Express intent to engage in material cooperation, not specified below", 5.2,
     VERBAL_COOP(AGREE)},
    {"0311", "Express intent to cooperate economically", 5.2, VERBAL_COOP(AGREE)},
    {"0312", "Express intent to cooperate militarily", 5.2, VERBAL_COOP(AGREE)},
    {"0313", "Express intent to cooperate on judicial matters", 5.2, VERBAL_COOP(AGREE)},
    {"0314", "Express intent to cooperate on intelligence", 5.2, VERBAL_COOP(AGREE)},
    {"032", "Express intent to engage in diplomatic cooperation, such as policy support", 4.5,
     VERBAL_COOP(AGREE)},
    {"033", "Express intent to provide material aid, not specified below", 5.2, VERBAL_COOP(AGREE)},
    {"0331", "Express intent to provide economic aid", 5.2, VERBAL_COOP(AGREE)},
    {"0332", "Express intent to provide military aid", 5.2, VERBAL_COOP(AGREE)},
    {"0333", "Express intent to provide humanitarian aid", 5.2, VERBAL_COOP(AGREE)},
    {"0334", "Express intent to provide military protection or peacekeeping", 6.0,
     VERBAL_COOP(AGREE)},
    {"034", "Express intent to institute political reform, not specified below", 7.0,
     VERBAL_COOP(AGREE)},
    {"0341", "Express intent to change leadership", 7.0, VERBAL_COOP(AGREE)},
    {"0342", "Express intent to change policy", 7.0, VERBAL_COOP(AGREE)},
    {"0343", "Express intent to provide rights", 7.0, VERBAL_COOP(AGREE)},
    {"0344", "Express intent to change institutions, regime", 7.0, VERBAL_COOP(AGREE)},
    {"035", "Express intent to yield, not specified below", 7.0, VERBAL_COOP(AGREE)},
    {"0351", "Express intent to ease administrative sanctions", 7.0, VERBAL_COOP(AGREE)},
    {"0352", "Express intent to ease popular dissent", 7.0, VERBAL_COOP(AGREE)},
    {"0353", "Express intent to release persons or property", 7.0, VERBAL_COOP(AGREE)},
    {"0354", "Express intent to ease economic sanctions, boycott, or embargo", 7.0,
     VERBAL_COOP(AGREE)},
    {"0355", "Express intent to allow international involvement (non-mediation)", 7.0,
     VERBAL_COOP(AGREE)},
    {"0356", "Express intent to de-escalate military engagement", 7.0, VERBAL_COOP(AGREE)},
    {"036", "Express intent to meet or negotiate", 4.0, VERBAL_COOP(AGREE)},
    {"037", "Express intent to settle dispute", 5.0, VERBAL_COOP(AGREE)},
    {"038", "Express intent to accept mediation", 7.0, VERBAL_COOP(AGREE)},
    {"039", "Express intent to mediate", 5.0, VERBAL_COOP(AGREE)},

    {"04", "Consult", 1.0, VERBAL_COOP(CONSULT)},
    {"040", "Consult, not specified below", 1.0, VERBAL_COOP(CONSULT)},
    {"041", "Discuss by telephone", 1.0, VERBAL_COOP(CONSULT)},
    {"042", "Make a visit", 1.9, VERBAL_COOP(CONSULT)},
    {"043", "Host a visit", 2.8, VERBAL_COOP(CONSULT)},
    {"044", "Meet at a third location", 2.5, VERBAL_COOP(CONSULT)},
    {"045", "Mediate", 5.0, VERBAL_COOP(CONSULT)},
    {"046", "Engage in negotiation", 7.0, VERBAL_COOP(CONSULT)},

    {"05", "Engage in diplomatic cooperation", 3.5, VERBAL_COOP(SUPPORT)},
    {"050", "Engage in diplomatic cooperation, not specified below", 3.5, VERBAL_COOP(SUPPORT)},
    {"051", "Praise or endorse", 3.4, VERBAL_COOP(SUPPORT)},
    {"052", "Defend verbally", 3.5, VERBAL_COOP(SUPPORT)},
    {"053", "Rally support on behalf of", 3.8, VERBAL_COOP(SUPPORT)},
    {"054", "Grant diplomatic recognition", 6.0, VERBAL_COOP(SUPPORT)},
    {"055", "Apologize", 7.0, VERBAL_COOP(SUPPORT)},
    {"056", "Forgive", 7.0, VERBAL_COOP(SUPPORT)},
    {"057", "Sign formal agreement", 8.0, VERBAL_COOP(SUPPORT)},

    {"06", "Engage in material cooperation", 6.0, MATERIAL_COOP(COOPERATE)},
    {"060", "Engage in material cooperation, not specified below", 6.0, MATERIAL_COOP(COOPERATE)},
    {"061", "Cooperate economically", 6.4, MATERIAL_COOP(COOPERATE)},
    {"062", "Cooperate militarily", 7.4, MATERIAL_COOP(COOPERATE)},
    {"063", "Engage in judicial cooperation", 7.4, MATERIAL_COOP(COOPERATE)},
    {"064", "Share intelligence or information", 7.0, MATERIAL_COOP(COOPERATE)},

    {"07", "Provide aid", 7.0, MATERIAL_COOP(AID)},
    {"070", "Provide aid, not specified below", 7.0, MATERIAL_COOP(AID)},
    {"071", "Provide economic aid", 7.4, MATERIAL_COOP(AID)},
    {"072", "Provide military aid", 8.3, MATERIAL_COOP(AID)},
    {"073", "Provide humanitarian aid", 7.4, MATERIAL_COOP(AID)},
    {"074", "Provide military protection or peacekeeping", 8.5, MATERIAL_COOP(AID)},
    {"075", "Grant asylum", 7.0, MATERIAL_COOP(AID)},

    /* Root 08 splits: 080-083 concede, 084-087 retreat (see docs/cameo.md). */
    {"08", "Yield", 5.0, MATERIAL_COOP(CONCEDE)},
    {"080", "Yield, not specified below", 5.0, MATERIAL_COOP(CONCEDE)},
    {"081", "Ease administrative sanctions, not specified below", 5.0, MATERIAL_COOP(CONCEDE)},
    {"0811", "Ease restrictions on political freedoms", 5.0, MATERIAL_COOP(CONCEDE)},
    {"0812", "Ease ban on political parties or politicians", 5.0, MATERIAL_COOP(CONCEDE)},
    {"0813", "Ease curfew", 5.0, MATERIAL_COOP(CONCEDE)},
    {"0814", "Ease state of emergency or martial law", 5.0, MATERIAL_COOP(CONCEDE)},
    {"082", "Ease political dissent", 5.0, MATERIAL_COOP(CONCEDE)},
    {"083", "Accede to requests or demands for political reform, not specified below", 5.0,
     MATERIAL_COOP(CONCEDE)},
    {"0831", "Accede to demands for change in leadership", 5.0, MATERIAL_COOP(CONCEDE)},
    {"0832", "Accede to demands for change in policy", 5.0, MATERIAL_COOP(CONCEDE)},
    {"0833", "Accede to demands for rights", 5.0, MATERIAL_COOP(CONCEDE)},
    {"0834", "Accede to demands for change in institutions, regime", 5.0, MATERIAL_COOP(CONCEDE)},
    {"084", "Return, release, not specified below", 7.0, MATERIAL_COOP(RETREAT)},
    {"0841", "Return, release person(s)", 7.0, MATERIAL_COOP(RETREAT)},
    {"0842", "Return, release property", 7.0, MATERIAL_COOP(RETREAT)},
    {"085", "Ease economic sanctions, boycott, embargo", 7.0, MATERIAL_COOP(RETREAT)},
    {"086", "Allow international involvement, not specified below", 9.0, MATERIAL_COOP(RETREAT)},
    {"0861", "Receive deployment of peacekeepers", 9.0, MATERIAL_COOP(RETREAT)},
    {"0862", "Receive inspectors", 9.0, MATERIAL_COOP(RETREAT)},
    {"0863", "Allow humanitarian access", 9.0, MATERIAL_COOP(RETREAT)},
    {"087", "De-escalate military engagement", 9.0, MATERIAL_COOP(RETREAT)},
    {"0871", "Declare truce, ceasefire", 9.0, MATERIAL_COOP(RETREAT)},
    {"0872", "Ease military blockade", 9.0, MATERIAL_COOP(RETREAT)},
    {"0873", "Demobilize armed forces", 9.0, MATERIAL_COOP(RETREAT)},
    {"0874", "Retreat or surrender militarily", 10.0, MATERIAL_COOP(RETREAT)},

    {"09", "Investigate", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"090", "Investigate, not specified below", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"091", "Investigate crime, corruption", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"092", "Investigate human rights abuses", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"093", "Investigate military action", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"094", "Investigate war crimes", -2.0, VERBAL_CONFLICT(ACCUSE)},

    {"10", "Demand", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"100", "Demand, not specified below", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"101", "Demand material cooperation, not specified below", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1011", "Demand economic cooperation", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1012", "Demand military cooperation", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1013", "Demand judicial cooperation", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1014", "Demand intelligence cooperation", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"102", "Demand diplomatic cooperation, such as policy support", -5.0,
     VERBAL_CONFLICT(REQUEST)},
    {"103", "Demand material aid, not specified below", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1031", "Demand economic aid", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1032", "Demand military aid", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1033", "Demand humanitarian aid", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1034", "Demand military protection or peacekeeping", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"104", "Demand political reform, not specified below", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1041", "Demand change in leadership", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1042", "Demand policy change", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1043", "Demand rights", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1044", "Demand change in institutions, regime", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"105", "Demand that target yields, not specified below", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1051", "Demand easing of administrative sanctions", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1052", "Demand easing of popular dissent", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1053", "Demand release of persons or property", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"1054", "Demand easing of economic sanctions, boycott, or embargo", -5.0,
     VERBAL_CONFLICT(REQUEST)},
    {"1055", "Demand that target allows international involvement (non-mediation)", -5.0,
     VERBAL_CONFLICT(REQUEST)},
    {"1056", "Demand de-escalation of military engagement", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"106", "Demand meeting, negotiation", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"107", "Demand settling of dispute", -5.0, VERBAL_CONFLICT(REQUEST)},
    {"108", "Demand mediation", -5.0, VERBAL_CONFLICT(REQUEST)},

    {"11", "Disapprove", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"110", "Disapprove, not specified below", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"111", "Criticize or denounce", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"112", "Accuse, not specified below", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"1121", "Accuse of crime, corruption", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"1122", "Accuse of human rights abuses", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"1123", "Accuse of aggression", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"1124", "Accuse of war crimes", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"1125", "Accuse of espionage, treason", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"113", "Rally opposition against", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"114", "Complain officially", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"115", "Bring lawsuit against", -2.0, VERBAL_CONFLICT(ACCUSE)},
    {"116", "Find guilty or liable (legally)", -2.0, VERBAL_CONFLICT(ACCUSE)},

    {"12", "Reject", -4.0, VERBAL_CONFLICT(REJECT)},
    {"120", "Reject, not specified below", -4.0, VERBAL_CONFLICT(REJECT)},
    {"121", "Reject material cooperation", -4.0, VERBAL_CONFLICT(REJECT)},
    {"1211", "Reject economic cooperation", -4.0, VERBAL_CONFLICT(REJECT)},
    {"1212", "Reject military cooperation", -4.0, VERBAL_CONFLICT(REJECT)},
    {"122", "Reject request or demand for material aid, not specified below", -4.0,
     VERBAL_CONFLICT(REJECT)},
    {"1221", "Reject request for economic aid", -4.0, VERBAL_CONFLICT(REJECT)},
    {"1222", "Reject request for military aid", -4.0, VERBAL_CONFLICT(REJECT)},
    {"1223", "Reject request for humanitarian aid", -4.0, VERBAL_CONFLICT(REJECT)},
    {"1224", "Reject request for military protection or peacekeeping", -4.0,
     VERBAL_CONFLICT(REJECT)},
    {"123", "Reject request or demand for political reform, not specified below", -4.0,
     VERBAL_CONFLICT(REJECT)},
    {"1231", "Reject request for change in leadership", -4.0, VERBAL_CONFLICT(REJECT)},
    {"1232", "Reject request for policy change", -4.0, VERBAL_CONFLICT(REJECT)},
    {"1233", "Reject request for rights", -4.0, VERBAL_CONFLICT(REJECT)},
    {"1234", "Reject request for change in institutions, regime", -4.0, VERBAL_CONFLICT(REJECT)},
    {"124", "Refuse to yield, not specified below", -4.0, VERBAL_CONFLICT(REJECT)},
    {"1241", "Refuse to ease administrative sanctions", -4.0, VERBAL_CONFLICT(REJECT)},
    {"1242", "Refuse to ease popular dissent", -4.0, VERBAL_CONFLICT(REJECT)},
    {"1243", "Refuse to release persons or property", -4.0, VERBAL_CONFLICT(REJECT)},
    {"1244", "Refuse to ease economic sanctions, boycott, or embargo", -4.0,
     VERBAL_CONFLICT(REJECT)},
    {"1245", "Refuse to allow international involvement (non-mediation)", -4.0,
     VERBAL_CONFLICT(REJECT)},
    {"1246", "Refuse to de-escalate military engagement", -4.0, VERBAL_CONFLICT(REJECT)},
    {"125", "Reject proposal to meet, discuss, or negotiate", -5.0, VERBAL_CONFLICT(REJECT)},
    {"126", "Reject mediation", -5.0, VERBAL_CONFLICT(REJECT)},
    {"127", "Reject plan, agreement to settle dispute", -5.0, VERBAL_CONFLICT(REJECT)},
    {"128", "Defy norms, law", -5.0, VERBAL_CONFLICT(REJECT)},
    {"129", "Veto", -5.0, VERBAL_CONFLICT(REJECT)},

    /* GDELT gives root 13 -6.0 but 130 -4.4; both are kept as published. */
    {"13", "Threaten", -6.0, VERBAL_CONFLICT(THREATEN)},
    {"130", "Threaten, not specified below", -4.4, VERBAL_CONFLICT(THREATEN)},
    {"131", "Threaten non-force, not specified below", -5.8, VERBAL_CONFLICT(THREATEN)},
    {"1311", "Threaten to reduce or stop aid", -5.8, VERBAL_CONFLICT(THREATEN)},
    {"1312", "Threaten with sanctions, boycott, embargo", -5.8, VERBAL_CONFLICT(THREATEN)},
    {"1313", "Threaten to reduce or break relations", -5.8, VERBAL_CONFLICT(THREATEN)},
    {"132", "Threaten with administrative sanctions, not specified below", -5.8,
     VERBAL_CONFLICT(THREATEN)},
    {"1321", "Threaten with restrictions on political freedoms", -5.8, VERBAL_CONFLICT(THREATEN)},
    {"1322", "Threaten to ban political parties or politicians", -5.8, VERBAL_CONFLICT(THREATEN)},
    {"1323", "Threaten to impose curfew", -5.8, VERBAL_CONFLICT(THREATEN)},
    {"1324", "Threaten to impose state of emergency or martial law", -5.8,
     VERBAL_CONFLICT(THREATEN)},
    {"133", "Threaten with political dissent, protest", -5.8, VERBAL_CONFLICT(THREATEN)},
    {"134", "Threaten to halt negotiations", -5.8, VERBAL_CONFLICT(THREATEN)},
    {"135", "Threaten to halt mediation", -5.8, VERBAL_CONFLICT(THREATEN)},
    {"136", "Threaten to halt international involvement (non-mediation)", -7.0,
     VERBAL_CONFLICT(THREATEN)},
    {"137", "Threaten with repression", -7.0, VERBAL_CONFLICT(THREATEN)},
    {"138", "Threaten with military force, not specified below", -7.0, VERBAL_CONFLICT(THREATEN)},
    {"1381", "Threaten blockade", -7.0, VERBAL_CONFLICT(THREATEN)},
    {"1382", "Threaten occupation", -7.0, VERBAL_CONFLICT(THREATEN)},
    {"1383", "Threaten unconventional violence", -7.0, VERBAL_CONFLICT(THREATEN)},
    {"1384", "Threaten conventional attack", -7.0, VERBAL_CONFLICT(THREATEN)},
    {"1385", "Threaten attack with WMD", -7.0, VERBAL_CONFLICT(THREATEN)},
    {"139", "Give ultimatum", -7.0, VERBAL_CONFLICT(THREATEN)},

    {"14", "Protest", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"140", "Engage in political dissent, not specified below", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"141", "Demonstrate or rally, not specified below", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"1411", "Demonstrate for leadership change", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"1412", "Demonstrate for policy change", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"1413", "Demonstrate for rights", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"1414", "Demonstrate for change in institutions, regime", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"142", "Conduct hunger strike, not specified below", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"1421", "Conduct hunger strike for leadership change", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"1422", "Conduct hunger strike for policy change", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"1423", "Conduct hunger strike for rights", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"1424", "Conduct hunger strike for change in institutions, regime", -6.5,
     MATERIAL_CONFLICT(PROTEST)},
    {"143", "Conduct strike or boycott, not specified below", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"1431", "Conduct strike or boycott for leadership change", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"1432", "Conduct strike or boycott for policy change", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"1433", "Conduct strike or boycott for rights", -6.5, MATERIAL_CONFLICT(PROTEST)},
    {"1434", "Conduct strike or boycott for change in institutions, regime", -6.5,
     MATERIAL_CONFLICT(PROTEST)},
    {"144", "Obstruct passage, block, not specified below", -7.5, MATERIAL_CONFLICT(PROTEST)},
    {"1441", "Obstruct passage to demand leadership change", -7.5, MATERIAL_CONFLICT(PROTEST)},
    {"1442", "Obstruct passage to demand policy change", -7.5, MATERIAL_CONFLICT(PROTEST)},
    {"1443", "Obstruct passage to demand rights", -7.5, MATERIAL_CONFLICT(PROTEST)},
    {"1444", "Obstruct passage to demand change in institutions, regime", -7.5,
     MATERIAL_CONFLICT(PROTEST)},
    {"145", "Protest violently, riot, not specified below", -7.5, MATERIAL_CONFLICT(PROTEST)},
    {"1451", "Engage in violent protest for leadership change", -7.5, MATERIAL_CONFLICT(PROTEST)},
    {"1452", "Engage in violent protest for policy change", -7.5, MATERIAL_CONFLICT(PROTEST)},
    {"1453", "Engage in violent protest for rights", -7.5, MATERIAL_CONFLICT(PROTEST)},
    {"1454", "Engage in violent protest for change in institutions, regime", -7.5,
     MATERIAL_CONFLICT(PROTEST)},

    {"15", "Exhibit force posture", -7.2, MATERIAL_CONFLICT(MOBILIZE)},
    {"150", "Demonstrate military or police power, not specified below", -7.2,
     MATERIAL_CONFLICT(MOBILIZE)},
    {"151", "Increase police alert status", -7.2, MATERIAL_CONFLICT(MOBILIZE)},
    {"152", "Increase military alert status", -7.2, MATERIAL_CONFLICT(MOBILIZE)},
    {"153", "Mobilize or increase police power", -7.2, MATERIAL_CONFLICT(MOBILIZE)},
    {"154", "Mobilize or increase armed forces", -7.2, MATERIAL_CONFLICT(MOBILIZE)},
    /* not in GDELT */
    {"155", "Mobilize or increase cyber-forces", -7.2, MATERIAL_CONFLICT(MOBILIZE)},

    {"16", "Reduce relations", -4.0, MATERIAL_CONFLICT(SANCTION)},
    {"160", "Reduce relations, not specified below", -4.0, MATERIAL_CONFLICT(SANCTION)},
    {"161", "Reduce or break diplomatic relations", -4.0, MATERIAL_CONFLICT(SANCTION)},
    {"162", "Reduce or stop material aid, not specified below", -5.6, MATERIAL_CONFLICT(SANCTION)},
    {"1621", "Reduce or stop economic assistance", -5.6, MATERIAL_CONFLICT(SANCTION)},
    {"1622", "Reduce or stop military assistance", -5.6, MATERIAL_CONFLICT(SANCTION)},
    {"1623", "Reduce or stop humanitarian assistance", -5.6, MATERIAL_CONFLICT(SANCTION)},
    {"163", "Impose embargo, boycott, or sanctions", -8.0, MATERIAL_CONFLICT(SANCTION)},
    {"164", "Halt negotiations", -7.0, MATERIAL_CONFLICT(SANCTION)},
    {"165", "Halt mediation", -6.5, MATERIAL_CONFLICT(SANCTION)},
    {"166", "Expel or withdraw, not specified below", -7.0, MATERIAL_CONFLICT(SANCTION)},
    {"1661", "Expel or withdraw peacekeepers", -7.0, MATERIAL_CONFLICT(SANCTION)},
    {"1662", "Expel or withdraw inspectors, observers", -7.0, MATERIAL_CONFLICT(SANCTION)},
    {"1663", "Expel or withdraw aid agencies", -7.0, MATERIAL_CONFLICT(SANCTION)},

    {"17", "Coerce", -7.0, MATERIAL_CONFLICT(COERCE)},
    {"170", "Coerce, not specified below", -7.0, MATERIAL_CONFLICT(COERCE)},
    {"171", "Seize or damage property, not specified below", -9.2, MATERIAL_CONFLICT(COERCE)},
    {"1711", "Confiscate property", -9.2, MATERIAL_CONFLICT(COERCE)},
    {"1712", "Destroy property", -9.2, MATERIAL_CONFLICT(COERCE)},
    /* 172 and its children: PLOVER exception, SANCTION rather than COERCE. */
    {"172", "Impose administrative sanctions, not specified below", -5.0,
     MATERIAL_CONFLICT(SANCTION)},
    {"1721", "Impose restrictions on political freedoms", -5.0, MATERIAL_CONFLICT(SANCTION)},
    {"1722", "Ban political parties or politicians", -5.0, MATERIAL_CONFLICT(SANCTION)},
    {"1723", "Impose curfew", -5.0, MATERIAL_CONFLICT(SANCTION)},
    {"1724", "Impose state of emergency or martial law", -5.0, MATERIAL_CONFLICT(SANCTION)},
    {"173", "Arrest, detain, or charge with legal action", -5.0, MATERIAL_CONFLICT(COERCE)},
    {"174", "Expel or deport individuals", -5.0, MATERIAL_CONFLICT(COERCE)},
    {"175", "Use tactics of violent repression", -9.0, MATERIAL_CONFLICT(COERCE)},
    {"176", "Attack cybernetically", -7.0, MATERIAL_CONFLICT(COERCE)}, /* not in GDELT */

    {"18", "Assault", -9.0, MATERIAL_CONFLICT(ASSAULT)},
    {"180", "Use unconventional violence, not specified below", -9.0, MATERIAL_CONFLICT(ASSAULT)},
    {"181", "Abduct, hijack, or take hostage", -9.0, MATERIAL_CONFLICT(ASSAULT)},
    {"182", "Physically assault, not specified below", -9.5, MATERIAL_CONFLICT(ASSAULT)},
    {"1821", "Sexually assault", -9.0, MATERIAL_CONFLICT(ASSAULT)},
    {"1822", "Torture", -9.0, MATERIAL_CONFLICT(ASSAULT)},
    {"1823", "Kill by physical assault", -10.0, MATERIAL_CONFLICT(ASSAULT)},
    {"183", "Conduct suicide, car, or other non-military bombing, not specified below", -10.0,
     MATERIAL_CONFLICT(ASSAULT)},
    {"1831", "Carry out suicide bombing", -10.0, MATERIAL_CONFLICT(ASSAULT)},
    {"1832", "Carry out vehicular bombing", -10.0, MATERIAL_CONFLICT(ASSAULT)},
    {"1833", "Carry out roadside bombing", -10.0, MATERIAL_CONFLICT(ASSAULT)},
    {"1834", "Carry out location bombing", -10.0, MATERIAL_CONFLICT(ASSAULT)}, /* not in GDELT */
    {"184", "Use as human shield", -8.0, MATERIAL_CONFLICT(ASSAULT)},
    {"185", "Attempt to assassinate", -8.0, MATERIAL_CONFLICT(ASSAULT)},
    {"186", "Assassinate", -10.0, MATERIAL_CONFLICT(ASSAULT)},

    {"19", "Fight", -10.0, MATERIAL_CONFLICT(ASSAULT)},
    {"190", "Use conventional military force, not specified below", -10.0,
     MATERIAL_CONFLICT(ASSAULT)},
    {"191", "Impose blockade, restrict movement", -9.5, MATERIAL_CONFLICT(ASSAULT)},
    {"192", "Occupy territory", -9.5, MATERIAL_CONFLICT(ASSAULT)},
    {"193", "Fight with small arms and light weapons", -10.0, MATERIAL_CONFLICT(ASSAULT)},
    {"194", "Fight with artillery and tanks", -10.0, MATERIAL_CONFLICT(ASSAULT)},
    {"195", "Employ aerial weapons, not specified below", -10.0, MATERIAL_CONFLICT(ASSAULT)},
    {"1951", "Employ precision-guided aerial munitions", -10.0, MATERIAL_CONFLICT(ASSAULT)},
    {"1952", "Employ remotely piloted aerial munitions", -10.0, MATERIAL_CONFLICT(ASSAULT)},
    {"196", "Violate ceasefire", -9.5, MATERIAL_CONFLICT(ASSAULT)},

    {"20", "Use unconventional mass violence", -10.0, MATERIAL_CONFLICT(ASSAULT)},
    {"200", "Use unconventional mass violence, not specified below", -10.0,
     MATERIAL_CONFLICT(ASSAULT)},
    {"201", "Engage in mass expulsion", -9.5, MATERIAL_CONFLICT(ASSAULT)},
    {"202", "Engage in mass killings", -10.0, MATERIAL_CONFLICT(ASSAULT)},
    {"203", "Engage in ethnic cleansing", -10.0, MATERIAL_CONFLICT(ASSAULT)},
    {"204", "Use weapons of mass destruction, not specified below", -10.0,
     MATERIAL_CONFLICT(ASSAULT)},
    {"2041", "Use chemical, biological, or radiological weapons", -10.0,
     MATERIAL_CONFLICT(ASSAULT)},
    {"2042", "Detonate nuclear weapons", -10.0, MATERIAL_CONFLICT(ASSAULT)},
};

#define CAMEO_TABLE_SIZE (sizeof cameo_table / sizeof cameo_table[0])

/* The longest code in the table ("0234"); longer inputs can only match by prefix. */
#define CAMEO_CODE_MAX_LEN 4

static int compare_code_to_entry(const void *key, const void *entry)
{
    return strcmp(key, ((const struct cameo_code *)entry)->code);
}

const struct cameo_code *cameo_lookup(const char *code)
{
    if (code == NULL)
        return NULL;
    return bsearch(code, cameo_table, CAMEO_TABLE_SIZE, sizeof cameo_table[0],
                   compare_code_to_entry);
}

const struct cameo_code *cameo_resolve(const char *code)
{
    if (code == NULL)
        return NULL;
    /* No code is longer than CAMEO_CODE_MAX_LEN, so trying prefixes from that
     * length down also covers the exact match. */
    char prefix[CAMEO_CODE_MAX_LEN + 1];
    size_t len = 0;
    while (len < CAMEO_CODE_MAX_LEN && code[len] != '\0')
        len++;
    memcpy(prefix, code, len);
    /* Roots are the shortest codes, so no prefix under two characters is tried. */
    for (; len >= 2; len--) {
        prefix[len] = '\0';
        const struct cameo_code *entry = cameo_lookup(prefix);
        if (entry != NULL)
            return entry;
    }
    return NULL;
}

int cameo_root(const char *code, char root[3])
{
    if (code == NULL || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9')
        return -1;
    int value = (code[0] - '0') * 10 + (code[1] - '0');
    if (value < 1 || value > 20)
        return -1;
    root[0] = code[0];
    root[1] = code[1];
    root[2] = '\0';
    return 0;
}

size_t cameo_count(void)
{
    return CAMEO_TABLE_SIZE;
}

const struct cameo_code *cameo_at(size_t i)
{
    return i < CAMEO_TABLE_SIZE ? &cameo_table[i] : NULL;
}
