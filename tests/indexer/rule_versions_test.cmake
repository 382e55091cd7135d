# indexer/rule_versions.cmake: the versions change when a rule file changes and only then.
# Usage: cmake -DSCRIPT=indexer/rule_versions.cmake -DTEMPLATE=indexer/rule_versions.h.in
#              -DWORK=DIR -P rule_versions_test.cmake
file(REMOVE_RECURSE "${WORK}")
file(WRITE "${WORK}/rule.txt" "kHonorifics = dame, sir\n")
file(WRITE "${WORK}/groups.txt" "yjs: YOT, YOS\n")

function(versions out)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -DPIPELINE_RULES=${WORK}/rule.txt -DSYNONYM_RULES=${WORK}/groups.txt
      -DTEMPLATE=${TEMPLATE} -DOUTPUT=${WORK}/rule_versions.h -P ${SCRIPT}
    RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "rule_versions.cmake failed: ${failed}")
  endif()
  file(STRINGS "${WORK}/rule_versions.h" lines REGEX "Version = ")
  set(${out} "${lines}" PARENT_SCOPE)
endfunction()

versions(first)
if(NOT first MATCHES "kPipelineVersion = \"yjs-index [0-9]+ [0-9a-f]+\".*kSynonymsVersion = \"[0-9]+ [0-9a-f]+\"")
  message(FATAL_ERROR "versions not as expected: ${first}")
endif()
versions(again)
if(NOT again STREQUAL first)
  message(FATAL_ERROR "unchanged rules, other versions:\n${first}\n${again}")
endif()
# A comment or a layout change is no rule change.
file(APPEND "${WORK}/rule.txt" "# why the honorifics are these\n  // and a note  \n")
versions(commented)
if(NOT commented STREQUAL first)
  message(FATAL_ERROR "only comments and spaces changed, but the versions did:\n${first}\n${commented}")
endif()
file(APPEND "${WORK}/rule.txt" "kPostNominals = cbe\n")
versions(changed)
string(REGEX MATCH "kPipelineVersion = \"[^\"]*\"" pipeline_before "${first}")
string(REGEX MATCH "kPipelineVersion = \"[^\"]*\"" pipeline_after "${changed}")
string(REGEX MATCH "kSynonymsVersion = \"[^\"]*\"" synonyms_before "${first}")
string(REGEX MATCH "kSynonymsVersion = \"[^\"]*\"" synonyms_after "${changed}")
if(pipeline_before STREQUAL pipeline_after)
  message(FATAL_ERROR "a rule changed but the pipeline version did not: ${pipeline_after}")
endif()
if(NOT synonyms_before STREQUAL synonyms_after)
  message(FATAL_ERROR "the synonym groups did not change but their version did: ${synonyms_after}")
endif()
message(STATUS "ok: ${pipeline_before} -> ${pipeline_after}; ${synonyms_after} kept")
