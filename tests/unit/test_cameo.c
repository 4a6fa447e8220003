/* test_cameo.c: unit tests for the CAMEO code table (src/cameo): the content of
 * known codes, the table's invariants, and exact, prefix and root lookups. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "cameo/cameo.h"

static void assert_code(const char *code, const char *name, double goldstein, int quad_class,
                        const char *plover)
{
    const struct cameo_code *entry = cameo_lookup(code);
    assert_non_null(entry);
    assert_string_equal(entry->code, code);
    assert_string_equal(entry->name, name);
    assert_float_equal(entry->goldstein, goldstein, 1e-9);
    assert_int_equal(entry->quad_class, quad_class);
    assert_string_equal(entry->plover, plover);
}

static void test_known_codes(void **state)
{
    (void)state;
    assert_code("010", "Make statement, not specified below", 0.0, 1, "CONSULT");
    assert_code("0234", "Appeal for military protection or peacekeeping", 3.4, 1, "REQUEST");
    assert_code("046", "Engage in negotiation", 7.0, 1, "CONSULT");
    assert_code("057", "Sign formal agreement", 8.0, 1, "SUPPORT");
    assert_code("0874", "Retreat or surrender militarily", 10.0, 2, "RETREAT");
    assert_code("112", "Accuse, not specified below", -2.0, 3, "ACCUSE");
    assert_code("1123", "Accuse of aggression", -2.0, 3, "ACCUSE");
    assert_code("138", "Threaten with military force, not specified below", -7.0, 3, "THREATEN");
    assert_code("145", "Protest violently, riot, not specified below", -7.5, 4, "PROTEST");
    assert_code("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "SANCTION");
    assert_code("183", "Conduct suicide, car, or other non-military bombing, not specified below",
                -10.0, 4, "ASSAULT");
    assert_code("190", "Use conventional military force, not specified below", -10.0, 4, "ASSAULT");
    assert_code("2042", "Detonate nuclear weapons", -10.0, 4, "ASSAULT");
}

static void test_roots(void **state)
{
    (void)state;
    assert_code("01", "Make public statement", 0.0, 1, "CONSULT");
    assert_code("08", "Yield", 5.0, 2, "CONCEDE");
    assert_code("11", "Disapprove", -2.0, 3, "ACCUSE");
    assert_code("20", "Use unconventional mass violence", -10.0, 4, "ASSAULT");

    /* Every root is present and, bar GDELT's 13, scores like its "x0" code. */
    for (int root = 1; root <= 20; root++) {
        char code[4];
        code[0] = (char)('0' + root / 10);
        code[1] = (char)('0' + root % 10);
        code[2] = '\0';
        const struct cameo_code *root_entry = cameo_lookup(code);
        assert_non_null(root_entry);
        code[2] = '0';
        code[3] = '\0';
        const struct cameo_code *x0_entry = cameo_lookup(code);
        assert_non_null(x0_entry);
        assert_string_equal(root_entry->plover, x0_entry->plover);
        if (root != 13)
            assert_float_equal(root_entry->goldstein, x0_entry->goldstein, 1e-9);
    }
    assert_float_equal(cameo_lookup("13")->goldstein, -6.0, 1e-9);
    assert_float_equal(cameo_lookup("130")->goldstein, -4.4, 1e-9);
}

static void test_goldstein_values(void **state)
{
    (void)state;
    static const struct {
        const char *code;
        double goldstein;
    } expected[] = {
        {"011", -0.1},
        {"012", -0.4},
        {"013", 0.4},
        {"016", -2.0},
        {"018", 3.4},
        {"022", 3.2},
        {"024", -0.3},
        {"0256", -0.3},
        {"0334", 6.0},
        {"042", 1.9},
        {"043", 2.8},
        {"044", 2.5},
        {"072", 8.3},
        {"074", 8.5},
        {"084", 7.0},
        {"086", 9.0},
        {"124", -4.0},
        {"125", -5.0},
        {"131", -5.8},
        {"144", -7.5},
        {"162", -5.6},
        {"165", -6.5},
        {"171", -9.2},
        {"172", -5.0},
        {"175", -9.0},
        {"182", -9.5},
        {"1821", -9.0},
        {"1823", -10.0},
        {"184", -8.0},
        {"191", -9.5},
        {"201", -9.5},
        /* Codes missing from GDELT's table take their parent's (or root's) value. */
        {"155", -7.2},
        {"176", -7.0},
        {"1834", -10.0},
        {"1951", -10.0},
    };
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        const struct cameo_code *entry = cameo_lookup(expected[i].code);
        assert_non_null(entry);
        assert_float_equal(entry->goldstein, expected[i].goldstein, 1e-9);
    }
}

static void test_plover_exceptions(void **state)
{
    (void)state;
    assert_string_equal(cameo_lookup("011")->plover, "REJECT");
    assert_string_equal(cameo_lookup("016")->plover, "REJECT");
    assert_string_equal(cameo_lookup("014")->plover, "CONSULT");
    assert_string_equal(cameo_lookup("083")->plover, "CONCEDE");
    assert_string_equal(cameo_lookup("0834")->plover, "CONCEDE");
    assert_string_equal(cameo_lookup("084")->plover, "RETREAT");
    assert_string_equal(cameo_lookup("0871")->plover, "RETREAT");
    assert_string_equal(cameo_lookup("171")->plover, "COERCE");
    assert_string_equal(cameo_lookup("172")->plover, "SANCTION");
    assert_string_equal(cameo_lookup("1724")->plover, "SANCTION");
    assert_string_equal(cameo_lookup("173")->plover, "COERCE");
    assert_string_equal(cameo_lookup("175")->plover, "COERCE");
    assert_string_equal(cameo_lookup("161")->plover, "SANCTION");
    assert_string_equal(cameo_lookup("1663")->plover, "SANCTION");
    assert_string_equal(cameo_lookup("186")->plover, "ASSAULT");
    assert_string_equal(cameo_lookup("196")->plover, "ASSAULT");
}

static void test_table_sorted_and_unique(void **state)
{
    (void)state;
    size_t count = cameo_count();
    assert_int_equal(count, 316);
    for (size_t i = 1; i < count; i++)
        assert_true(strcmp(cameo_at(i - 1)->code, cameo_at(i)->code) < 0);
    assert_null(cameo_at(count));
}

static int expected_quad_class(int root)
{
    if (root <= 5)
        return 1;
    if (root <= 8)
        return 2;
    return root <= 13 ? 3 : 4;
}

/* The PLOVER rule of docs/cameo.md, written out independently of the table. */
static const char *expected_plover(const char *code, int root)
{
    static const char *const by_root[21] = {
        NULL,      "CONSULT",  "REQUEST",  "AGREE",   "CONSULT", "SUPPORT", "COOPERATE",
        "AID",     "CONCEDE",  "ACCUSE",   "REQUEST", "ACCUSE",  "REJECT",  "THREATEN",
        "PROTEST", "MOBILIZE", "SANCTION", "COERCE",  "ASSAULT", "ASSAULT", "ASSAULT",
    };
    if (strcmp(code, "011") == 0 || strcmp(code, "016") == 0)
        return "REJECT";
    if (strncmp(code, "172", 3) == 0)
        return "SANCTION";
    if (root == 8 && strlen(code) >= 3 && code[2] >= '4')
        return "RETREAT";
    return by_root[root];
}

static void test_every_code_is_consistent(void **state)
{
    (void)state;
    for (size_t i = 0; i < cameo_count(); i++) {
        const struct cameo_code *entry = cameo_at(i);
        size_t len = strlen(entry->code);
        assert_true(len >= 2 && len <= 4);
        assert_true(entry->name[0] != '\0');
        assert_true(entry->goldstein >= -10.0 && entry->goldstein <= 10.0);

        char root[3];
        assert_int_equal(cameo_root(entry->code, root), 0);
        int root_value = (root[0] - '0') * 10 + (root[1] - '0');
        assert_int_equal(entry->quad_class, expected_quad_class(root_value));
        assert_string_equal(entry->plover, expected_plover(entry->code, root_value));

        /* Every code below a root hangs off a listed parent. */
        if (len > 2) {
            char parent[4];
            memcpy(parent, entry->code, len - 1);
            parent[len - 1] = '\0';
            assert_non_null(cameo_lookup(parent));
        }
    }
}

static void test_lookup_rejects_unknown(void **state)
{
    (void)state;
    assert_null(cameo_lookup(""));
    assert_null(cameo_lookup("ABC"));
    assert_null(cameo_lookup("21"));
    assert_null(cameo_lookup("00"));
    assert_null(cameo_lookup("10 "));
    assert_null(cameo_lookup("1213")); /* in CAMEO 0.7b5, dropped by 1.1b3 */
    assert_null(cameo_lookup(NULL));
}

static void test_resolve(void **state)
{
    (void)state;
    assert_string_equal(cameo_resolve("0234")->code, "0234");
    assert_string_equal(cameo_resolve("0234X")->code, "0234");
    assert_string_equal(cameo_resolve("174K")->code, "174");
    assert_string_equal(cameo_resolve("025?")->code, "025");
    assert_string_equal(cameo_resolve("0874")->code, "0874");
    assert_string_equal(cameo_resolve("12345")->code, "1234");
    assert_string_equal(cameo_resolve("0879")->code, "087");
    assert_string_equal(cameo_resolve("09X")->code, "09");
    assert_string_equal(cameo_resolve("1999999999")->code, "19");

    assert_null(cameo_resolve(""));
    assert_null(cameo_resolve("ABC"));
    assert_null(cameo_resolve("21"));
    assert_null(cameo_resolve("00"));
    assert_null(cameo_resolve("0"));
    assert_null(cameo_resolve("2"));
    assert_null(cameo_resolve("215"));
    assert_null(cameo_resolve(NULL));
}

static void test_root(void **state)
{
    (void)state;
    char root[3] = "xx";
    assert_int_equal(cameo_root("112", root), 0);
    assert_string_equal(root, "11");
    assert_int_equal(cameo_root("0234", root), 0);
    assert_string_equal(root, "02");
    assert_int_equal(cameo_root("20", root), 0);
    assert_string_equal(root, "20");
    assert_int_equal(cameo_root("010", root), 0);
    assert_string_equal(root, "01");
    assert_int_equal(cameo_root("174K", root), 0);
    assert_string_equal(root, "17");

    memcpy(root, "xx", 3);
    assert_int_equal(cameo_root("", root), -1);
    assert_int_equal(cameo_root("1", root), -1);
    assert_int_equal(cameo_root("ABC", root), -1);
    assert_int_equal(cameo_root("00", root), -1);
    assert_int_equal(cameo_root("21", root), -1);
    assert_int_equal(cameo_root("99", root), -1);
    assert_int_equal(cameo_root("1A", root), -1);
    assert_int_equal(cameo_root(NULL, root), -1);
    assert_string_equal(root, "xx"); /* untouched on failure */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_codes),
        cmocka_unit_test(test_roots),
        cmocka_unit_test(test_goldstein_values),
        cmocka_unit_test(test_plover_exceptions),
        cmocka_unit_test(test_table_sorted_and_unique),
        cmocka_unit_test(test_every_code_is_consistent),
        cmocka_unit_test(test_lookup_rejects_unknown),
        cmocka_unit_test(test_resolve),
        cmocka_unit_test(test_root),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
