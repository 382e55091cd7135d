# Writes OUTPUT from TEMPLATE with PIPELINE_HASH and SYNONYMS_HASH: the first 16 hex digits
# of a SHA-256 over the contents of PIPELINE_RULES and SYNONYM_RULES ('|'-separated file
# lists). Run at build time whenever one of the files changes (indexer/CMakeLists.txt).
function(hash_of_files files out)
  string(REPLACE "|" ";" files "${files}")
  set(all "")
  foreach(file IN LISTS files)
    file(SHA256 "${file}" digest)
    string(APPEND all "${digest}\n")
  endforeach()
  string(SHA256 digest "${all}")
  string(SUBSTRING "${digest}" 0 16 digest)
  set(${out} "${digest}" PARENT_SCOPE)
endfunction()

hash_of_files("${PIPELINE_RULES}" PIPELINE_HASH)
hash_of_files("${SYNONYM_RULES}" SYNONYMS_HASH)
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
