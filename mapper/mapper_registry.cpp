#include "mapper/mapper_registry.h"

#include <chrono>

#include "common/errors.h"
#include "mapper/metis_mapper.h"
#include "mapper/sequential_mapper.h"
#include "mapper/traffic_model.h"

namespace nm {

const std::vector<std::string>& mapper_names() {
  static const std::vector<std::string> names{"sequential", "metis"};
  return names;
}

void attach_prediction(const SnnNetwork& net, const MeshLayout& shape,
                       const std::vector<double>& rates, const std::string& rates_from,
                       Mapping& m) {
  m.predicted = predict_traffic(net, m.core_of, rates, shape);
  m.predicted.rates_from = rates_from;
}

Mapping map_network(const SnnNetwork& net, const CoreCapacity& cap, const MeshLayout& shape,
                    const MapRequest& request) {
  const auto t0 = std::chrono::steady_clock::now();
  Mapping m;
  if (request.strategy == "sequential") {
    m = map_sequential(net, cap, shape.cores());
  } else if (request.strategy == "metis") {
    MetisOptions o;
    o.seed = request.seed;
    m = map_metis(net, cap, shape, request.rates, o);
  } else {
    throw UserError("--mapper must be one of: sequential, metis; found '" + request.strategy +
                    "'");
  }
  m.mapping_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  attach_prediction(net, shape, request.rates, request.rates_from, m);
  return m;
}

}  // namespace nm
