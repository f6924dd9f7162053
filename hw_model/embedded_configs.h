// Configuration files compiled into the binary (configs/arch/*.yaml and configs/nets/default.yaml),
// so `neuromesh run` works from any folder and `extends: loihi` needs no file on disk.
#pragma once

#include <string>
#include <vector>

#include "common/embedded_files.h"

namespace nm {


const std::vector<EmbeddedFile>& embedded_presets();  // configs/arch/*.yaml, by name
const EmbeddedFile* find_preset(const std::string& name);
const EmbeddedFile& embedded_default_network();       // configs/nets/default.yaml

}  // namespace nm
