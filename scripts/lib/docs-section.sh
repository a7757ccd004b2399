# shellcheck shell=bash
# Replaces one "## " section of a Markdown file with a generated one: sourced, not run.
#
#   replace_docs_section HEADING SECTION_FILE DOCS_FILE
#
# SECTION_FILE starts with HEADING; the section of DOCS_FILE under HEADING (up to the next "## ") is replaced by it,
# or it is appended when DOCS_FILE has no such section.
replace_docs_section() {
    local heading=$1 section=$2 docs=$3 tmp
    tmp=$(mktemp)
    awk -v heading="$heading" -v table="$section" '
        $0 == heading { skip = 1; while ((getline line < table) > 0) print line; printed = 1; next }
        skip && /^## / { skip = 0; print ""; }
        !skip { print }
        END { if (!printed) { print ""; while ((getline line < table) > 0) print line } }
    ' "$docs" > "$tmp" && cp "$tmp" "$docs"
    rm -f "$tmp"
}
