// Fixture for network-file tests: writes YAML (and CSV) into a per-test folder and loads it.
#pragma once

#include <string>

#include "common/errors.h"
#include "mapper/network_loader.h"
#include "temp_dir_test.h"

namespace nm::test {

class NetworkFileTest : public TempDirTest {
 protected:
  // Writes `yaml` as net.yaml and loads it.
  SnnNetwork load(const std::string& yaml) { return load_network_file(write("net.yaml", yaml)); }

  // The message of the UserError that loading `yaml` throws ("" when it loads).
  std::string load_error(const std::string& yaml) {
    try {
      load(yaml);
    } catch (const UserError& e) {
      return e.what();
    }
    return "";
  }

  // "<dir>/net.yaml:LINE: " - the start of an error about line LINE of net.yaml.
  std::string at(int line) const { return path("net.yaml") + ":" + std::to_string(line) + ": "; }
};

}  // namespace nm::test
