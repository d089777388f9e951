# Whole-program tests: they run the real `myoscope` binary (headless scripts, queries, export) and one
# GLFW window under xvfb-run. Included from tests/CMakeLists.txt when the GL build is on.
file(GLOB APP_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/app/*.cpp)
add_executable(app_tests ${APP_TEST_SOURCES})
target_link_libraries(app_tests PRIVATE myoscope_atlas myoscope_test_support nlohmann_json::nlohmann_json
                                        GTest::gtest GTest::gtest_main)
target_compile_definitions(app_tests PRIVATE MYOSCOPE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                                             MYOSCOPE_SHARED_DIR="${MYOSCOPE_SHARED_DIR}"
                                             MYOSCOPE_BINARY="$<TARGET_FILE:myoscope>")
add_dependencies(app_tests myoscope)
myoscope_target_defaults(app_tests)
gtest_discover_tests(app_tests TEST_FILTER "-Window*" PROPERTIES LABELS app ENVIRONMENT "${MYOSCOPE_TEST_ENV}"
                     DISCOVERY_TIMEOUT 60)

# The window test needs an X server: xvfb-run gives it one (CI has no display).
find_program(XVFB_RUN xvfb-run)
if(XVFB_RUN)
  add_test(NAME window.glfw_input COMMAND ${XVFB_RUN} -a -s "-screen 0 1400x900x24"
           $<TARGET_FILE:app_tests> --gtest_filter=Window*)
  set_tests_properties(window.glfw_input PROPERTIES LABELS window ENVIRONMENT "${MYOSCOPE_TEST_ENV}" TIMEOUT 180)
endif()

# Every lesson in lessons/ lints clean (DESIGN.md quality bars); lint_test.cpp checks broken ones.
file(GLOB LESSON_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/lessons/*.yaml)
if(LESSON_FILES)
  add_test(NAME lint.lessons COMMAND myoscope lint ${LESSON_FILES})
  set_tests_properties(lint.lessons PROPERTIES LABELS app ENVIRONMENT "${MYOSCOPE_TEST_ENV}")
endif()
