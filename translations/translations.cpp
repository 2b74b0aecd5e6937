// Holds the embedded .qm files (see CMakeLists.txt).
