# The seed article (../shared/seed/) coded end to end with parley's own
# dictionaries gives the events issue #4 asks for, each with its
# attribution. One line per event: SENTENCE SOURCE TARGET CODE ATTRIBUTION.
. tests/cli/lib.sh
seed=$(ls "$SHARED"/seed/*.txt 2>/dev/null | head -n 1)
if [ -z "$seed" ]; then
    echo "skipped: $SHARED/seed is absent (the seed article is not shipped with parley)"
    exit 77
fi
expect_rc 0 "$PARLEY" code --date 2025-10-28 "$seed"
sed -E 's/.*"sentence_id":([0-9]+).*"source":("[^"]*"|null),"target":("[^"]*"|null),"code":"([^"]*)".*"attribution":(null|\{.*\}),"issues".*/\1 \2 \3 \4 \5/; s/"//g' \
    "$T/out" >"$T/events"
cat "$T/events"
# the Pakistan-Afghanistan talks, and each side blaming the other
expect_line "$T/events" "1 PAK AFG 046 null"
expect_line "$T/events" "1 AFG PAK 046 null"
expect_line "$T/events" "1 PAK AFG 112 null"
expect_line "$T/events" "1 AFG PAK 112 null"
# the Pakistani side's request that Kabul accept its right to strike, from
# sources quoted by TOLO News ("they" and "the publication" reach back to
# the sentence before)
expect_line "$T/events" "7 PAKGOV AFG 020 {claimant:{code:null,text:SOURCES},outlet:{code:AFGMED,text:A TOLO NEWS REPORT},cue:add,repeated_by:null}"
# Pakistan's demand for assurances, told to the AP by Pakistani security officials
# (and, like every claim of the Pakistani side before sentence 13, "repeated
# by Pakistan Television" there)
expect_line "$T/events" "10 PAK AFG 100 {claimant:{code:PAKGOV,text:THREE PAKISTANI SECURITY OFFICIALS},outlet:{code:USAMED,text:THE ASSOCIATED PRESS},cue:told,repeated_by:{code:PAKMED,text:PAKISTAN TELEVISION,cue:repeated by}}"
# Kabul's reluctance to accept those demands, a rejection, from the same source
expect_line "$T/events" "10 AFG PAK 120 {claimant:{code:PAKGOV,text:THREE PAKISTANI SECURITY OFFICIALS},outlet:{code:USAMED,text:THE ASSOCIATED PRESS},cue:told,repeated_by:{code:PAKMED,text:PAKISTAN TELEVISION,cue:repeated by}}"
# the Taliban delegation's rejection of Pakistan's proposals, per Pakistani officials
expect_line "$T/events" "12 AFGGOV PAK 127 {claimant:{code:PAKGOV,text:THE PAKISTANI OFFICIALS},outlet:null,cue:according to,repeated_by:{code:PAKMED,text:PAKISTAN TELEVISION,cue:repeated by}}"
# RTA's accusations against the Pakistani side, RTA's own claim
expect_line "$T/events" "14 AFGMED PAK 112 {claimant:{code:AFGMED,text:AFGHANISTAN-CONTROLLED MEDIA RTA},outlet:{code:AFGMED,text:AFGHANISTAN-CONTROLLED MEDIA RTA},cue:accusations,repeated_by:null}"
echo "the seed article gives its required events with their attributions"
