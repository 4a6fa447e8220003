# parley.actors.txt is well formed and has an actor for every state and
# territory of ISO 3166-1: each alpha_3 code of Debian's iso-codes list
# must be the code (or the first block of a code) of some entry.
. tests/cli/lib.sh
A=${ACTORS:-data/dict/parley.actors.txt}
expect_rc 0 "$PARLEY" dict check "$A"
expect_line "$T/out" "0 problems in 1 file"

ISO=${ISO_CODES:-/usr/share/iso-codes/json/iso_3166-1.json}
if [ ! -r "$ISO" ]; then
    echo "skipped: $ISO is absent (install the Debian package iso-codes)"
    exit 77
fi
# the alpha_3 values of the ISO list, one per line
grep -o '"alpha_3": *"[A-Z]\{3\}"' "$ISO" | sed 's/.*"\([A-Z]\{3\}\)"$/\1/' | sort -u >"$T/iso"
[ -s "$T/iso" ] || fail "no alpha_3 codes read from $ISO"
# the country blocks of the file's codes: [CODE], [CODE <D], [CODE D1-D2]
sed -e 's/[#;].*//' "$A" | grep -o '\[[A-Z][A-Z][A-Z]' | cut -c2-4 | sort -u >"$T/codes"
comm -23 "$T/iso" "$T/codes" >"$T/missing"
if [ -s "$T/missing" ]; then
    echo "ISO 3166-1 codes with no actor in $A:"
    cat "$T/missing"
    fail "$(wc -l <"$T/missing") ISO 3166-1 codes missing from $A"
fi
echo "all $(wc -l <"$T/iso") ISO 3166-1 alpha-3 codes have an actor"
