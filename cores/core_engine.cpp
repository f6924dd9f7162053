#include "cores/core_engine.h"

#include "common/errors.h"

namespace nm {

void CoreEngine::unsupported(const std::string& what) const {
  throw UserError(what + " is not offered by this core family (only by the loihi_lif core)");
}

}  // namespace nm
