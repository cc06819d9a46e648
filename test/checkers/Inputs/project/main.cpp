#include "pipeline.h"
#include <vendored.h>

int main() {
  torch::nn::Linear fc(4, 2);
  app::halfPass(fc);
  app::Scorer().score(fc);
  globalPass(fc);
  vendoredPass(fc);
}
