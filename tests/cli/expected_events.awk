# expected_events.awk - prints "id<TAB>source target code" for every
# <EventCoding> of every valid record of a PETRARCH unit-test file, and
# the ids of the valid records to the file named by -v ids=FILE.
# Attribute values may be quoted with " or '.
function attr(line, name,    m, v) {
    if (!match(line, name "[ ]*=[ ]*(\"[^\"]*\"|'[^']*')"))
        return ""
    v = substr(line, RSTART, RLENGTH)
    sub(/^[^=]*=[ ]*/, "", v)
    return substr(v, 2, length(v) - 2)
}
/<Sentence / {
    id = attr($0, " id")
    valid = attr($0, "valid") == "true"
    if (valid)
        print id > ids
}
valid && /<EventCoding / && /sourcecode/ {
    print id "\t" attr($0, "sourcecode") " " attr($0, "targetcode") " " attr($0, "eventcode")
}
