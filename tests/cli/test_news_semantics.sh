# News semantics (docs/news.md): attribution, mode and negation, noun-headed
# events, pronouns and "the two sides", on raw text with small fixture
# dictionaries written for this test. Each case is a sentence and the exact
# events it must give, summarised as SOURCE TARGET CODE MODE ATTRIBUTION.
. tests/cli/lib.sh
F="--actors tests/fixtures/news.actors.txt --agents tests/fixtures/news.agents.txt --verbs tests/fixtures/news.verbs.txt"
# ("repeated_by":null, in every attribution, is left out for brevity)
summ() {
    sed -E 's/,"repeated_by":null//g' | sed -E 's/.*"source":("[^"]*"|null),"target":("[^"]*"|null),"code":"([^"]*)".*"mode":"([a-z]*)","attribution":(null|\{.*\}),"issues".*/\1 \2 \3 \4 \5/; s/"//g'
}
fails=0
# check SEMANTICS SENTENCE EXPECTED (events joined by "; ")
check() {
    got=$(printf '%s\n' "$2" | "$PARLEY" code --semantics "$1" $F --date 2025-10-28 - | summ |
        paste -sd';' - | sed 's/;/; /g')
    if [ "$got" != "$3" ]; then
        echo "FAIL: [$2] ($1)"
        echo "   expected: $3"
        echo "   got:      $got"
        fails=$((fails + 1))
    fi
}
# noun-headed events: a compound after "between" acts both ways; the
# premodifier or the subject of a verb that codes nothing is the source
check news "Peace talks between Pakistan and Afghanistan resumed in Istanbul." \
    "PAK AFG 046 factual null; AFG PAK 046 factual null"
check news "Israel launched airstrikes on Gaza." "ISR PSE 195 factual null"
check news "Israeli airstrikes on Gaza continued on Monday." "ISR PSE 195 factual null"
# a noun takes the mode of the predicate it is the subject of; an object
# that opens with "no" negates
check news "The talks between Pakistan and Afghanistan did not take place." ""
check news "The talks between Pakistan and Afghanistan took place." \
    "PAK AFG 046 factual null; AFG PAK 046 factual null"
check news "Pakistan met no Afghan officials." ""
check petrarch "Pakistan met no Afghan officials." "PAK AFGGOV 040 negated null; AFGGOV PAK 040 negated null"
# passive voice with every form of BE (PETRARCH-1 reads only WAS, IS, BEEN)
check news "Afghan officials were attacked by Pakistan." "PAK AFGGOV 190 factual null"
check petrarch "Afghan officials were attacked by Pakistan." "AFGGOV PAK 190 factual null"
# a reporting verb's own event goes when its clause states the same
check news "Afghanistan said Kabul accused Pakistan." \
    "AFG PAK 112 factual {claimant:{code:AFG,text:AFGHANISTAN},outlet:null,cue:said}"
# a compound's symmetric act: a countryless role word is no party to it,
# and a noun event with no target is the members' with one another
check news "Pakistan and Afghanistan met officials." "PAK AFG 040 factual null; AFG PAK 040 factual null"
check news "Pakistan and Afghanistan launched talks." "PAK AFG 046 factual null; AFG PAK 046 factual null"
# a verb that codes has read its object: "halted the Israeli attack on
# Gaza" is the halt, not also the attack
check news "Israel halted the Israeli attack on Gaza." "ISR PSE 087 factual null"
# "US" the name codes, "us" the pronoun does not
check news "Afghanistan attacked US troops." "AFG USA 190 factual null"
check news "Afghanistan attacked us." ""
# a pattern's target on one member of a compound stands for the compound
check news "Pakistan refused to meet Afghanistan and Israel." "PAK AFG 125 factual null; PAK ISR 125 factual null"
check petrarch "Pakistan refused to meet Afghanistan and Israel." "PAK AFG 125 factual null"
# a compound that names no actor is not the target
check news "Pakistan attacked schools and hospitals near Kabul." "PAK AFG 190 factual null"
# the object of "prevent", "deter", "thwart" did not happen
check news "Pakistan moved troops to deter an Israeli attack on Gaza." ""
check petrarch "Pakistan moved troops to deter an Israeli attack on Gaza." "ISR PSE 190 negated null"
# what an inquiry looks into is alleged, not an event of its own
check news "Pakistan launched an investigation into the Israeli attack on Gaza." "PAK ISR 090 factual null"
# force done to the subject by no one named codes nothing
check news "Afghan officials were attacked in Kabul." ""
check news "Afghan officials were attacked by Pakistan." "PAK AFGGOV 190 factual null"
# what an appeal asks for is not an event of its own
check news "Pakistan urged Israel to halt the Israeli attack on Gaza." "PAK ISR 020 factual null"
check news "Pakistan urged Israel after the Israeli attack on Gaza." "PAK ISR 020 factual null; ISR PSE 190 factual null"
# negation drops the event, unless the pattern reads the negation itself
check news "Pakistan did not attack Afghanistan." ""
check news "Pakistan never attacked Afghanistan." ""
check news "Pakistan failed to meet Afghanistan." ""
check news "The Taliban delegation was not willing to accept Pakistan's proposals." \
    "AFGGOV PAK 125 factual null"
check petrarch "Pakistan did not attack Afghanistan." "PAK AFG 190 negated null"
# mode
check news "Pakistan will attack Afghanistan." "PAK AFG 190 future null"
check news "Pakistan could attack Afghanistan." "PAK AFG 190 hypothetical null"
check news "If Pakistan attacks Afghanistan, the region will suffer." "PAK AFG 190 hypothetical null"
check news "Pakistan wants to meet Afghanistan." "PAK AFG 040 hypothetical null"
# a paired code: one direction when the sentence names one actor, both
# when it names both as the actors; a venue is not a target
check petrarch "Pakistan met Afghanistan." "PAK AFG 040 factual null; AFG PAK 040 factual null"
check news "Pakistan and Afghanistan met in Doha." "PAK AFG 040 factual null; AFG PAK 040 factual null"
check petrarch "Pakistan and Afghanistan met in Doha." \
    "PAK QAT 040 factual null; AFG QAT 040 factual null; QAT PAK 040 factual null; QAT AFG 040 factual null"
check news "Pakistan attacked a border post in Kabul." "PAK AFG 190 factual null"
check news "Pakistan and Afghanistan met on the sidelines of the Qatar summit." \
    "PAK AFG 040 factual null; AFG PAK 040 factual null"
# signing binds both sides
check news "Pakistan signed an accord with Afghanistan." "PAK AFG 057 factual null; AFG PAK 057 factual null"
# a protest at home targets one's own country; a curfew or arrests are a
# state's acts on its own country
check news "Protesters demonstrated in Kabul." "AFGOPP AFG 141 factual null"
check news "Pakistani officials imposed a curfew in Islamabad." "PAKGOV PAK 1723 factual null"
# an agent without a country takes the place's, else the other party's;
# a state agent's own bare country is not its target
check news "Pakistani officials attacked protesters in Kabul." "PAKGOV AFGOPP 190 factual null"
check news "Pakistani officials attacked protesters." "PAKGOV PAKOPP 190 factual null"
check petrarch "Pakistani officials attacked protesters." "PAKGOV ---OPP 190 factual null"
check news "Pakistani officials accused Islamabad of helping Afghanistan." "PAKGOV AFG 1121 factual null"
check petrarch "Pakistani officials accused Islamabad of helping Afghanistan." "PAKGOV PAK 1121 factual null"
check news "Pakistan refused to meet Afghanistan." "PAK AFG 125 factual null"
# "X stated Y must ..." is a demand, "should" an appeal
check news "Pakistan stated that Afghanistan must stop the raids." "PAK AFG 100 factual null"
check news "Pakistan stated that Afghanistan should stop the raids." "PAK AFG 020 factual null"
check petrarch "Pakistan stated that Afghanistan must stop the raids." "PAK AFG 010 factual null"
# a cooperative act not yet done is an intent (03)
check news "Pakistan will meet Afghanistan." "PAK AFG 036 future null"
check news "Pakistan said it would meet Afghanistan." \
    "PAK AFG 036 hypothetical {claimant:{code:PAK,text:PAKISTAN},outlet:null,cue:said}"
check petrarch "Pakistan will meet Afghanistan." "PAK AFG 040 future null; AFG PAK 040 future null"
check news "Pakistan threatened to strike Afghanistan." "PAK AFG 138 factual null"
# attribution
check news "Pakistan said it would attack Afghanistan." \
    "PAK AFG 1384 hypothetical {claimant:{code:PAK,text:PAKISTAN},outlet:null,cue:said}"
# a reported clause's own subject is its source even when it names only a
# role ("protesters"), not the reporting actor
check news "Pakistan said protesters attacked Afghan villagers." \
    "AFGOPP AFGCVL 190 factual {claimant:{code:PAK,text:PAKISTAN},outlet:null,cue:said}"
# "announced" reports what follows it
check news "Pakistan announced that Afghanistan attacked Kabul." \
    "AFG AFG 190 factual {claimant:{code:PAK,text:PAKISTAN},outlet:null,cue:announced}"
# the act of saying is no event of its own when what is said is one, also
# when the statement's target is the reported act's source
check news "Afghanistan stated that Pakistan attacked Kabul." \
    "PAK AFG 190 factual {claimant:{code:AFG,text:AFGHANISTAN},outlet:null,cue:stated}"
# force the actor's own side says it would use is a threat (13); others'
# predictions, and an unattributed future, are not
check news "Pakistani officials said Pakistan would attack Afghanistan if the talks failed." \
    "PAK AFG 1384 hypothetical {claimant:{code:PAKGOV,text:PAKISTANI OFFICIALS},outlet:null,cue:said}"
check news "Pakistani officials stated that Pakistan would attack Afghanistan." \
    "PAK AFG 1384 hypothetical {claimant:{code:PAKGOV,text:PAKISTANI OFFICIALS},outlet:null,cue:stated}"
check news "Afghan officials said Pakistan would attack Afghanistan." \
    "PAK AFG 190 hypothetical {claimant:{code:AFGGOV,text:AFGHAN OFFICIALS},outlet:null,cue:said}"
check news "Pakistan attacked Afghanistan, TOLO News reported." \
    "PAK AFG 190 factual {claimant:{code:AFGMED,text:TOLO NEWS},outlet:{code:AFGMED,text:TOLO NEWS},cue:reported}"
check news "According to Pakistani officials, Afghanistan attacked Pakistan." \
    "AFG PAK 190 factual {claimant:{code:PAKGOV,text:PAKISTANI OFFICIALS},outlet:null,cue:according to}"
check news "Pakistani security officials told the Associated Press that Afghanistan attacked Pakistan." \
    "AFG PAK 190 factual {claimant:{code:PAKSPYGOV,text:PAKISTANI SECURITY OFFICIALS},outlet:{code:USAMED,text:THE ASSOCIATED PRESS},cue:told}"
check news "TOLO News accused Pakistan of lying." \
    "AFGMED PAK 112 factual {claimant:{code:AFGMED,text:TOLO NEWS},outlet:{code:AFGMED,text:TOLO NEWS},cue:accused}"
# reference within the sentence
check news "Pakistan said it attacked Afghanistan." \
    "PAK AFG 190 factual {claimant:{code:PAK,text:PAKISTAN},outlet:null,cue:said}"
check news "After Pakistan met Afghanistan, the two sides accused each other." \
    "PAK AFG 040 factual null; PAK AFG 112 factual null; AFG PAK 112 factual null"
check news "Pakistan and Afghanistan met on Monday, with both countries blaming the other." \
    "PAK AFG 040 factual null; AFG PAK 040 factual null; PAK AFG 112 factual null; AFG PAK 112 factual null"
# reference across the sentences of one document: a pronoun with no
# antecedent in its sentence, and "the publication"
check news "Pakistani officials met TOLO News. They accused Afghanistan." \
    "PAKGOV AFGMED 040 factual null; PAKGOV AFG 112 factual null"
check news "TOLO News met Pakistani officials. The publication accused Afghanistan." \
    "AFGMED PAKGOV 040 factual {claimant:{code:AFGMED,text:TOLO NEWS},outlet:{code:AFGMED,text:TOLO NEWS},cue:met}; AFGMED AFG 112 factual {claimant:{code:AFGMED,text:THE PUBLICATION},outlet:{code:AFGMED,text:THE PUBLICATION},cue:accused}"
check petrarch "Pakistani officials met TOLO News. They accused Afghanistan." \
    "PAKGOV AFGMED 040 factual null; AFGMED PAKGOV 040 factual {claimant:{code:AFGMED,text:TOLO NEWS},outlet:{code:AFGMED,text:TOLO NEWS},cue:met}"
# what is being considered has not happened: the option (014) alone
check news "Pakistan is considering whether to attack Afghanistan." "PAK AFG 014 factual null"
# "X-based", "X-led", "X-controlled": the name's country
check news "Pakistan-based officials attacked Kabul." "PAKGOV AFG 190 factual null"
check petrarch "Pakistan-based officials attacked Kabul." "---GOV AFG 190 factual null"
# protests that name no protester are the protests of the place they
# happen in ("across" is a place too); with no place, no one protests
check news "Protests against Pakistan erupted in Kabul." "AFG PAK 141 factual null"
check news "Protests against Pakistan spread across Afghanistan." "AFG PAK 141 factual null"
check news "Protests against Pakistan erupted." ""
# "anti-X" names what the protest is against
check news "Anti-Pakistan protests erupted in Kabul." "AFG PAK 141 factual null"
check petrarch "Anti-Pakistan protests erupted in Kabul." ""
# the agent of a noun event: "an attack on X by Y"
check news "The attack on Afghan villagers by Pakistan continued." "PAK AFGCVL 190 factual null"
check petrarch "The attack on Afghan villagers by Pakistan continued." ""
# coordinated country adjectives share their head noun's agent
check news "Pakistani and Afghan officials met in Doha." \
    "PAKGOV AFGGOV 040 factual null; AFGGOV PAKGOV 040 factual null"
# a compound's symmetric act whose only other actor is a member's own
# country (the place of a visit) is between the members
check news "Pakistan and Afghanistan met during a visit to Kabul." \
    "PAK AFG 040 factual null; AFG PAK 040 factual null"
# internal events: two phrases of one country's code are two actors for
# protest and violence, a state's coercion that names no one is of its own
# country; a consultation is still nobody's act on itself
check news "Kabul demonstrated against Afghanistan." "AFG AFG 141 factual null"
check petrarch "Kabul demonstrated against Afghanistan." ""
check news "Afghanistan met Kabul." ""
check news "Pakistan attacked Pakistani protesters." "PAK PAKOPP 190 factual null"
check petrarch "Pakistan attacked Pakistani protesters." ""
check news "Pakistani officials imposed a curfew." "PAKGOV PAK 1723 factual null"
check news "Pakistani protesters imposed a curfew." ""
check news "Pakistani officials imposed sanctions." ""
check petrarch "Pakistani officials imposed a curfew." ""
# a disapproval is of the condemned act's own actor, when its object names
# one, not of the victim the pattern's "+" finds
check news "Afghanistan condemned Pakistan's attack on Afghan villagers." \
    "AFG PAK 111 factual null; PAK AFGCVL 190 factual null"
check news "Afghanistan condemned the attack on Afghan villagers." "AFG AFGCVL 111 factual null"
check petrarch "Afghanistan condemned Pakistan's attack on Afghan villagers." \
    "AFG AFGCVL 111 factual null; PAK AFGCVL 190 factual null"
# a killing of 100 or more unarmed victims is a mass killing (202); a year
# is not a count, and soldiers are a battle's losses
check news "Pakistan killed more than 1,500 Afghan villagers." "PAK AFGCVL 202 factual null"
check news "Pakistan killed hundreds of Afghan villagers." "PAK AFGCVL 202 factual null"
check news "Pakistan killed in 2024 at least 40 Afghan villagers." "PAK AFGCVL 190 factual null"
check news "Pakistan killed 300 Afghan soldiers." "PAK AFGMIL 190 factual null"
check petrarch "Pakistan killed more than 1,500 Afghan villagers." "PAK AFGCVL 190 factual null"
# a participle with a BY agent inside a noun phrase is a passive without
# BE (a reduced relative clause)
check news "Afghan villagers attacked by Pakistan fled to Kabul." "PAK AFGCVL 190 factual null"
check petrarch "Afghan villagers attacked by Pakistan fled to Kabul." "AFGCVL PAK 190 factual null"
# HAVE before a participle is the perfect's auxiliary, not "have talks":
# the participle's verb codes, and a NOT between them negates it
check news "Pakistan has talks with Afghanistan." "PAK AFG 046 factual null"
check news "Pakistan has not held talks with Afghanistan." ""
check news "Pakistan has not attacked Afghanistan." ""
check news "Pakistan has attacked Afghanistan." "PAK AFG 190 factual null"
# a phrase of time is no part of a pattern: "ON_+" is the ON after it
check news "Pakistani officials imposed aid cuts on Monday on Kabul." "PAKGOV AFG 1621 factual null"
check petrarch "Pakistani officials imposed aid cuts on Monday on Kabul." ""
check news "Pakistani officials imposed aid cuts on Kabul." "PAKGOV AFG 1621 factual null"
# a passive whose object words are its subject is matched as its active
# ("Pakistan imposed sanctions on Afghanistan"); "has been" is a passive
# auxiliary; PETRARCH-1 codes neither
check news "Sanctions on Afghanistan were imposed by Pakistan." "PAK AFG 163 factual null"
check news "Sanctions on Afghanistan have been imposed by Pakistan." "PAK AFG 163 factual null"
check petrarch "Sanctions on Afghanistan were imposed by Pakistan." ""
check news "Afghanistan has been attacked by Pakistan." "PAK AFG 190 factual null"
check petrarch "Afghanistan has been attacked by Pakistan." "AFG PAK 190 factual null"
# claims an outlet repeats later in the story reach back to the sentences
# before: the claimant's country must match, and later sentences are not
# touched
check news "According to Pakistani officials, Afghanistan attacked Pakistan. Kabul did not respond to the Pakistani claims, repeated by Pakistan Television." \
    "AFG PAK 190 factual {claimant:{code:PAKGOV,text:PAKISTANI OFFICIALS},outlet:null,cue:according to,repeated_by:{code:PAKMED,text:PAKISTAN TELEVISION,cue:repeated by}}"
check news "According to Pakistani officials, Afghanistan attacked Pakistan. Pakistan Television repeated the claims on Tuesday." \
    "AFG PAK 190 factual {claimant:{code:PAKGOV,text:PAKISTANI OFFICIALS},outlet:null,cue:according to,repeated_by:{code:PAKMED,text:PAKISTAN TELEVISION,cue:repeated by}}"
check news "According to Afghan officials, Pakistan attacked Afghanistan. Kabul did not respond to the Pakistani claims, repeated by Pakistan Television." \
    "PAK AFG 190 factual {claimant:{code:AFGGOV,text:AFGHAN OFFICIALS},outlet:null,cue:according to}"
check news "Pakistan Television repeated the Pakistani claims. According to Pakistani officials, Afghanistan attacked Pakistan." \
    "AFG PAK 190 factual {claimant:{code:PAKGOV,text:PAKISTANI OFFICIALS},outlet:null,cue:according to}"
check news "Afghanistan attacked Pakistan. Kabul did not respond to the Pakistani claims, repeated by Pakistan Television." \
    "AFG PAK 190 factual null"
[ "$fails" -eq 0 ] || fail "$fails news-semantics cases differ"
echo "all news-semantics cases pass"
