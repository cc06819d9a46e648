// An AST utility that reaches up into the model: not allowed.
#include "model/Evaluator.h"
