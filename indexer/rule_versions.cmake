# Writes OUTPUT from TEMPLATE with PIPELINE_HASH and SYNONYMS_HASH: the first 16 hex digits
# of a SHA-256 over the contents of PIPELINE_RULES and SYNONYM_RULES ('|'-separated file
# lists). Run at build time whenever one of the files changes (indexer/CMakeLists.txt).
# What is hashed is each file's rules, not its comments or layout: // comments (at a line's
# start or after white space, so "https://" in a string stays), /* */ comments, '#' comment
# lines of data files, and runs of white space are left out, so editing a comment or
# reformatting re-indexes nothing.
function(rules_of file out)
  file(READ "${file}" text)
  set(text "\n${text}")
  string(REGEX REPLACE "/\\*([^*]|\\*+[^*/])*\\*+/" " " text "${text}")
  string(REGEX REPLACE "([\n \t])//[^\n]*" "\\1" text "${text}")
  if(NOT file MATCHES "\\.(cc|h|cpp|hpp|in)$")
    string(REGEX REPLACE "\n#[^\n]*" "\n" text "${text}")
  endif()
  string(REGEX REPLACE "[ \t\r\n]+" " " text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(hash_of_files files out)
  string(REPLACE "|" ";" files "${files}")
  set(all "")
  foreach(file IN LISTS files)
    rules_of("${file}" rules)
    string(SHA256 digest "${rules}")
    string(APPEND all "${digest}\n")
  endforeach()
  string(SHA256 digest "${all}")
  string(SUBSTRING "${digest}" 0 16 digest)
  set(${out} "${digest}" PARENT_SCOPE)
endfunction()

hash_of_files("${PIPELINE_RULES}" PIPELINE_HASH)
hash_of_files("${SYNONYM_RULES}" SYNONYMS_HASH)
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
