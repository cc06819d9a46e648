namespace n {
class C {
public:
  int shortMethod() { return 1; }
  int longMethod() {
    int X = 0;
    X += 1;
    X += 2;
    X += 3;
    X += 4;
    X += 5;
    return X;
  }
};
/* a comment with a brace { */
int longFunction(int A,
                 int B) {
  const char *S = "}";
  if (A) {
    return B;
  }
  return A + B;
}
} // namespace n
