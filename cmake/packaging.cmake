# The Debian package (CPack's DEB generator): cpack -G DEB in a build tree, which
# scripts/dev.sh package runs in a Release tree of its own. It holds what cmake --install
# installs under /usr; dpkg-shlibdeps derives the Qt 6 runtime packages from the programs.
set(CPACK_PACKAGE_NAME leadbench)
set(CPACK_PACKAGE_VENDOR "Leadbench")
set(CPACK_PACKAGE_CONTACT "Leadbench maintainers <maintainers@users.noreply.h-seed-402885e0.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "lead qualification workbench")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Leadbench scores, qualifies and hands over sales leads on your own machine. It imports\n"
    "leads and their activity from CSV files, scores them with a readable model, keeps the\n"
    "qualification evidence (BANT, MEDDIC, CHAMP, ANUM, GPCTBA) and every stage change in a\n"
    "local workspace file, and charts the funnel. leadbench-cli does the same from scripts.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # leadbench_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so invisible to dpkg-shlibdeps: SQLite for QtSql (the workspace) and,
# for the dialogs' own texts in Finnish and Swedish, Qt's translations; PostgreSQL for QtSql
# (team workspaces: recommended, as a local workspace needs no server).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libqt6sql6-psql")
# The menu, icon and MIME caches are refreshed by the dpkg triggers of desktop-file-utils,
# shared-mime-info and the icon theme: the package needs no maintainer scripts.
include(CPack)
