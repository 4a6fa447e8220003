/* test_tag.c: unit tests for the tagger (src/tag): exact Treebank tags and
 * lemmas for hand-written sentences about the news: irregular lemmas,
 * guessed words, NNS against VBZ, VBD against VBN, names and capitals,
 * headlines, function words, and sentences longer than the stack buffer. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "tag/tag.h"

struct fixture {
    struct tagger *tagger;
    struct arena scratch;
    struct token tok[512];
    char text[4096];
    size_t n;
};

static int setup(void **state)
{
    struct fixture *f = calloc(1, sizeof *f);
    assert_non_null(f);
    f->tagger = tagger_new();
    assert_non_null(f->tagger);
    arena_init(&f->scratch, 1024);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *f = *state;
    tagger_free(f->tagger);
    arena_free(&f->scratch);
    free(f);
    return 0;
}

/* Splits s at blanks into tokens, as the segmenter would hand them over,
 * and tags them. */
static void tag(struct fixture *f, const char *s)
{
    snprintf(f->text, sizeof f->text, "%s", s);
    f->n = 0;
    arena_reset(&f->scratch);
    char *save = NULL;
    for (char *w = strtok_r(f->text, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        assert_true(f->n < sizeof f->tok / sizeof *f->tok);
        struct token *t = &f->tok[f->n++];
        memset(t, 0, sizeof *t);
        t->text = w;
        t->len = (uint32_t)strlen(w);
    }
    tagger_tag(f->tagger, f->tok, f->n, &f->scratch);
}

/* Joins one field of every token with blanks. */
static const char *joined(const struct fixture *f, bool lemmas, char *out, size_t size)
{
    size_t used = 0;
    out[0] = '\0';
    for (size_t i = 0; i < f->n && used < size; i++) {
        const char *v = lemmas ? f->tok[i].lemma : f->tok[i].tag;
        assert_non_null(v);
        used += (size_t)snprintf(out + used, size - used, "%s%s", i ? " " : "", v);
    }
    return out;
}

/* Tags s and compares every tag, and every lemma when lemmas is given. */
static void expect(struct fixture *f, const char *s, const char *tags, const char *lemmas)
{
    char got[4096];
    tag(f, s);
    assert_string_equal(joined(f, false, got, sizeof got), tags);
    if (lemmas)
        assert_string_equal(joined(f, true, got, sizeof got), lemmas);
}

static void test_news_sentences(void **state)
{
    struct fixture *f = *state;
    expect(f, "Pakistan accused Afghanistan of harbouring militants .", "NNP VBD NNP IN VBG NNS .",
           "pakistan accuse afghanistan of harbour militant .");
    expect(f, "The talks were held in Istanbul .", "DT NNS VBD VBN IN NNP .",
           "the talk be hold in istanbul .");
    expect(f, "Officials said the attacks killed 12 people .", "NNS VBD DT NNS VBD CD NNS .",
           "official say the attack kill 12 people .");
    expect(f, "He did n't attend .", "PRP VBD RB VB .", "he do not attend .");
    expect(f, "Prime Minister Nawaz Sharif told reporters the talks would resume .",
           "NNP NNP NNP NNP VBD NNS DT NNS MD VB .",
           "prime minister nawaz sharif tell reporter the talk will resume .");
}

static void test_irregular_lemmas(void **state)
{
    struct fixture *f = *state;
    expect(f, "The children went away and she was angry .", "DT NNS VBD RB CC PRP VBD JJ .",
           "the child go away and she be angry .");
    expect(f, "Gunmen had fled and spokesmen were taken away .", "NNS VBD VBN CC NNS VBD VBN RB .",
           "gunman have flee and spokesman be take away .");
    expect(f, "The rebels began talks ; they have begun .", "DT NNS VBD NNS : PRP VBP VBN .",
           "the rebel begin talk ; they have begin .");
    expect(f, "Better ties are the best hope .", "JJR NNS VBP DT JJS NN .",
           "good tie be the good hope .");
}

static void test_unknown_words(void **state)
{
    struct fixture *f = *state;
    /* capitals make names; a nationality suffix before a noun an adjective */
    expect(f, "The Arnorian envoy met Gondorians in Minas Tirith .",
           "DT JJ NN VBD NNPS IN NNP NNP .", "the arnorian envoy meet gondorian in minas tirith .");
    /* suffixes, and lemmas by stripping them */
    expect(f, "The blorking of zanters quickly ended .", "DT NN IN NNS RB VBD .",
           "the blorking of zanter quickly end .");
    expect(f, "The zorfed militants were flonked .", "DT JJ NNS VBD VBN .",
           "the zorfed militant be flonk .");
    /* a capitalised unknown word opening a sentence is a name too */
    expect(f, "Zorfed militants fled .", "NNP NNS VBD .", "zorfed militant flee .");
    /* shapes: numbers, decades, compounds, abbreviations, acronyms */
    expect(f, "In the 1990s , 1,200 U.S. troops arrived .", "IN DT CD , CD NNP NNS VBD .", NULL);
    expect(f, "A war-torn region saw a five-year plan by NATO .", "DT JJ NN VBD DT JJ NN IN NNP .",
           NULL);
    expect(f, "Fighters of al-Shabab attacked 3rd-tier posts .", "NNS IN NNP VBD JJ NNS .", NULL);
}

static void test_nouns_against_verbs(void **state)
{
    struct fixture *f = *state;
    expect(f, "Gondor attacks the rebels .", "NNP VBZ DT NNS .", NULL);
    expect(f, "The attacks continued .", "DT NNS VBD .", NULL);
    expect(f, "The peace talks collapsed after Kabul rejected the demands .",
           "DT NN NNS VBD IN NNP VBD DT NNS .", NULL);
    expect(f, "The ministry claims victory .", "DT NN VBZ NN .", NULL);
    expect(f, "Rebel leaders want to attack the base .", "NN NNS VBP TO VB DT NN .", NULL);
    expect(f, "They support the plan .", "PRP VBP DT NN .", NULL);
    expect(f, "The government plans to raise taxes .", "DT NN VBZ TO VB NNS .", NULL);
    expect(f, "The peace talks to end the war failed .", "DT NN NNS TO VB DT NN VBD .", NULL);
    expect(f, "An arms embargo against Mordor was imposed .", "DT NNS NN IN NNP VBD VBN .", NULL);
    /* a particle's object; a first-word gerund before a verb; an
       adjective in -ing before a noun phrase after a verb */
    expect(f, "Gondor threatened to cut off aid to Rohan .", "NNP VBD TO VB RP NN TO NNP .", NULL);
    expect(f, "Fighting broke out in Osgiliath .", "NN VBD RP IN NNP .", NULL);
    expect(f, "Gondor threatened overwhelming military action .", "NNP VBD JJ JJ NN .", NULL);
    /* past tenses that are their base form */
    expect(f, "Gondor cut diplomatic ties with Mordor .", "NNP VBD JJ NNS IN NNP .", NULL);
    /* an adjective that may be a verb, never a noun: the adjective inside
       a noun phrase, the verb after to, a modal or a subject */
    expect(f, "Gondor held direct talks with Rohan .", "NNP VBD JJ NNS IN NNP .", NULL);
    expect(f, "They held their first direct talks .", "PRP VBD PRP$ NN JJ NNS .", NULL);
    expect(f, "The envoy will direct the talks .", "DT NN MD VB DT NNS .", NULL);
    expect(f, "They direct negotiations .", "PRP VBP NNS .", NULL);
    /* a plural subject after a subordinator has its verb next */
    expect(f, "Gondor armed Rohan as both countries face growing pressure .",
           "NNP VBD NNP IN DT NNS VBP JJ NN .", NULL);
    /* a name before its verb and object; a first -ing word before
       "between"; a plural that WordNet leaves a verb; a plural after
       "and" and a noun after a plural */
    expect(f, "Burundi left the ICC .", "NNP VBD DT NNP .", NULL);
    expect(f, "Fighting between Gondor and Rohan erupted .", "NN IN NNP CC NNP VBD .", NULL);
    expect(f, "The bans were lifted .", "DT NNS VBD VBN .", NULL);
    expect(f, "Gondor imposed asset freezes and travel bans on Rohan .",
           "NNP VBD NN NNS CC NN NNS IN NNP .", NULL);
    /* the subjunctive after "that" and a name: a verb (VBP, as the
       present after a subject is settled) */
    expect(f, "Gondor demanded that Kabul take action .", "NNP VBD IN NNP VBP NN .", NULL);
    /* after a day, an -ing word before its object is a participle */
    expect(f, "Gondor signed an order on Monday lifting sanctions on Rohan .",
           "NNP VBD DT NN IN NNP VBG NNS IN NNP .", NULL);
}

static void test_past_against_participle(void **state)
{
    struct fixture *f = *state;
    expect(f, "The man killed in the raid was buried .", "DT NN VBN IN DT NN VBD VBN .", NULL);
    expect(f, "Gunmen killed three soldiers on Monday .", "NNS VBD CD NNS IN NNP .", NULL);
    expect(f, "The bill was passed by parliament .", "DT NN VBD VBN IN NN .", NULL);
    expect(f, "Police have arrested and charged two men .", "NN VBP VBN CC VBN CD NNS .", NULL);
    expect(f, "The report released Tuesday said that troops withdrew .",
           "DT NN VBN NNP VBD IN NNS VBD .", NULL);
    expect(f, "The rebels attacked a village , a senior official said on Saturday .",
           "DT NNS VBD DT NN , DT JJ NN VBD IN NNP .", NULL);
    expect(f, "The wounded soldiers were evacuated .", "DT JJ NNS VBD VBN .", NULL);
    /* a past tense before BY with no participle reading; a capitalised
       word in -an after a title is a name */
    expect(f, "Turkish President Erdogan spoke by phone .", "JJ NNP NNP VBD IN NN .", NULL);
}

static void test_function_words(void **state)
{
    struct fixture *f = *state;
    expect(f, "Officials said that the group that claimed the attack was banned .",
           "NNS VBD IN DT NN WDT VBD DT NN VBD VBN .", NULL);
    expect(f, "There is no sign that Kabul will accept the offer .",
           "EX VBZ DT NN IN NNP MD VB DT NN .", NULL);
    expect(f, "the Taliban 's leaders say it 's over .", "DT NNP POS NNS VBP PRP VBZ RB .", NULL);
    expect(f, "Crowds burned down the embassy about 50 miles away .",
           "NNS VBD RP DT NN RB CD NNS RB .", NULL);
    expect(f, "All the troops moved out of the city .", "PDT DT NNS VBD IN IN DT NN .", NULL);
    expect(f, "We met her and her aides .", "PRP VBD PRP CC PRP$ NNS .", NULL);
    /* single quotes and the plural possessive share "'" */
    expect(f, "He called it ` a secret pact ' .", "PRP VBD PRP `` DT JJ NN '' .", NULL);
    expect(f, "The officials ' claims were rejected .", "DT NNS POS NNS VBD VBN .", NULL);
    /* reported speech: the quote ends the first clause's verb's reach */
    expect(f, "`` We will not attack , '' the minister said .", "`` PRP MD RB VB , '' DT NN VBD .",
           NULL);
    /* a nationality before a name used as a modifier of a common noun */
    expect(f, "The Afghan Taliban officials met .", "DT JJ NNP NNS VBD .", NULL);
    /* a complementizer before a parenthetical */
    expect(f, "It was revealed that , for the first time , Pakistan admitted it .",
           "PRP VBD VBN IN , IN DT JJ NN , NNP VBD PRP .", NULL);
    /* "had" as the main verb before an adjective with no participle */
    expect(f, "Officials who had direct knowledge of the talks left .",
           "NNS WP VBD JJ NN IN DT NNS VBD .", NULL);
    /* a base verb after a compound subject */
    expect(f, "Fornost and Gondor welcome a resumption of ties .", "NNP CC NNP VBP DT NN IN NNS .",
           NULL);
}

static void test_capitals(void **state)
{
    struct fixture *f = *state;
    expect(f, "A Pakistani said the Pakistanis were leaving .", "DT NNP VBD DT NNPS VBD VBG .",
           NULL);
    expect(f, "Pakistani officials met Afghan leaders .", "JJ NNS VBD JJ NNS .", NULL);
    expect(f, "The European Union and the United Nations met .", "DT NNP NNP CC DT NNP NNPS VBD .",
           "the european union and the united nation meet .");
    expect(f, "PAKISTAN ACCUSES KABUL OF HARBOURING MILITANTS", "NNP VBZ NNP IN VBG NNS",
           "pakistan accuse kabul of harbour militant");
    expect(f, "`` The talks failed , '' he said .", "`` DT NNS VBD , '' PRP VBD .", NULL);
}

/* Longer than the tagger's stack buffer: the scratch arena takes over,
 * and every repetition of the sentence is tagged alike. */
static void test_long_sentence(void **state)
{
    struct fixture *f = *state;
    char s[4096] = "";
    for (int i = 0; i < 40; i++)
        strcat(s, i ? " and the rebels attacked" : "The rebels attacked");
    strcat(s, " .");
    tag(f, s);
    assert_int_equal(f->n, 40 * 4 - 1 + 1);
    for (size_t i = 1; i + 1 < f->n; i += 4) {
        assert_string_equal(f->tok[i].tag, "NNS");
        assert_string_equal(f->tok[i + 1].tag, "VBD");
        assert_string_equal(f->tok[i + 1].lemma, "attack");
    }
    assert_string_equal(f->tok[f->n - 1].tag, ".");
}

static void test_empty_and_odd_tokens(void **state)
{
    struct fixture *f = *state;
    tagger_tag(f->tagger, f->tok, 0, &f->scratch); /* nothing to do */
    expect(f, "*** #", "SYM #", NULL);
    char big[300];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    expect(f, big, "NN", NULL);
    assert_string_equal(f->tok[0].lemma, big);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_news_sentences),
        cmocka_unit_test(test_irregular_lemmas),
        cmocka_unit_test(test_unknown_words),
        cmocka_unit_test(test_nouns_against_verbs),
        cmocka_unit_test(test_past_against_participle),
        cmocka_unit_test(test_function_words),
        cmocka_unit_test(test_capitals),
        cmocka_unit_test(test_long_sentence),
        cmocka_unit_test(test_empty_and_odd_tokens),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
