#include "Pickle.h"

#include <cstdio>
#include <unordered_map>
#include <utility>

namespace torchtidy::modelfile {

namespace {

// Opcodes of pickle protocols 0 to 5, as named in CPython's pickle.py.
enum Opcode : uint8_t {
  MARK = '(', STOP = '.', POP = '0', POP_MARK = '1', DUP = '2',
  FLOAT = 'F', INT = 'I', BININT = 'J', BININT1 = 'K', LONG = 'L',
  BININT2 = 'M', NONE = 'N', PERSID = 'P', BINPERSID = 'Q', REDUCE = 'R',
  STRING = 'S', BINSTRING = 'T', SHORT_BINSTRING = 'U', UNICODE = 'V',
  BINUNICODE = 'X', APPEND = 'a', BUILD = 'b', GLOBAL = 'c', DICT = 'd',
  EMPTY_DICT = '}', APPENDS = 'e', GET = 'g', BINGET = 'h', INST = 'i',
  LONG_BINGET = 'j', LIST = 'l', EMPTY_LIST = ']', OBJ = 'o', PUT = 'p',
  BINPUT = 'q', LONG_BINPUT = 'r', SETITEM = 's', TUPLE = 't',
  EMPTY_TUPLE = ')', SETITEMS = 'u', BINFLOAT = 'G',
  // protocol 2
  PROTO = 0x80, NEWOBJ = 0x81, EXT1 = 0x82, EXT2 = 0x83, EXT4 = 0x84,
  TUPLE1 = 0x85, TUPLE2 = 0x86, TUPLE3 = 0x87, NEWTRUE = 0x88,
  NEWFALSE = 0x89, LONG1 = 0x8a, LONG4 = 0x8b,
  // protocol 3
  BINBYTES = 'B', SHORT_BINBYTES = 'C',
  // protocol 4
  SHORT_BINUNICODE = 0x8c, BINUNICODE8 = 0x8d, BINBYTES8 = 0x8e,
  EMPTY_SET = 0x8f, ADDITEMS = 0x90, FROZENSET = 0x91, NEWOBJ_EX = 0x92,
  STACK_GLOBAL = 0x93, MEMOIZE = 0x94, FRAME = 0x95,
  // protocol 5
  BYTEARRAY8 = 0x96, NEXT_BUFFER = 0x97, READONLY_BUFFER = 0x98,
};

enum class Kind : uint8_t {
  None, Bool, Int, Float, String, Bytes, Tuple, List, Dict, Set, Global,
  Opaque, // the result of a call, an extension code or a persistent load
};

struct Value {
  Kind K;
  std::string Text;            // String: the text; Global: the module
  std::string Name;            // Global: the attribute name
  std::vector<uint32_t> Items; // Tuple, List, Set: items; Dict: key, value, ...
};

using ValueId = uint32_t;

class Walker {
public:
  Walker(const uint8_t *Data, size_t Size, const PickleLimits &Limits,
         PickleScan &Out)
      : Data(Data), Size(Size), Limits(Limits), Out(Out) {
    // Scalars and opaque objects carry nothing the walk reads later: one
    // shared value per kind keeps memory proportional to strings and
    // containers only.
    for (Kind K : {Kind::None, Kind::Bool, Kind::Int, Kind::Float, Kind::Bytes,
                   Kind::Opaque}) {
      Shared[static_cast<size_t>(K)] = static_cast<ValueId>(Values.size());
      Values.push_back(Value{K, {}, {}, {}});
    }
  }

  void run() {
    while (true) {
      if (Pos >= Size) {
        Out.Error = "the pickle ends at offset " + std::to_string(Pos) +
                    " without a STOP opcode";
        return;
      }
      if (++Out.Ops > Limits.MaxOps) {
        Out.Error = "the pickle has more than " +
                    std::to_string(Limits.MaxOps) + " opcodes";
        return;
      }
      OpStart = Pos;
      Op = Data[Pos++];
      bool Stopped = false;
      if (!step(Stopped))
        return;
      if (Stopped)
        return;
    }
  }

private:
  const uint8_t *Data;
  size_t Size;
  const PickleLimits &Limits;
  PickleScan &Out;
  size_t Pos = 0;
  size_t OpStart = 0;
  uint8_t Op = 0;
  std::vector<Value> Values;
  std::vector<ValueId> Stack;
  std::vector<size_t> Marks; // stack heights at each open MARK
  std::unordered_map<uint64_t, ValueId> Memo;
  size_t TotalItems = 0;
  ValueId Shared[static_cast<size_t>(Kind::Opaque) + 1] = {};

  bool fail(const std::string &Message) {
    char Head[64];
    std::snprintf(Head, sizeof(Head), "opcode 0x%02x at offset %zu: ",
                  static_cast<unsigned>(Op), OpStart);
    Out.Error = Head + Message;
    return false;
  }

  size_t remaining() const { return Size - Pos; }

  // --- reading the byte stream -------------------------------------------

  bool readUnsigned(size_t Bytes, uint64_t &V) {
    if (remaining() < Bytes)
      return fail("truncated argument");
    V = 0;
    for (size_t I = 0; I < Bytes; ++I)
      V |= uint64_t(Data[Pos + I]) << (8 * I);
    Pos += Bytes;
    return true;
  }

  // A length prefix; never larger than the bytes that follow it.
  bool readLength(size_t Bytes, bool Signed, uint64_t &Length) {
    if (!readUnsigned(Bytes, Length))
      return false;
    if (Signed && Bytes == 4 && (Length & 0x80000000u))
      return fail("negative length");
    if (Length > remaining())
      return fail("length " + std::to_string(Length) + " but only " +
                  std::to_string(remaining()) + " bytes remain");
    return true;
  }

  bool skip(uint64_t Bytes) {
    if (Bytes > remaining())
      return fail("truncated argument");
    Pos += static_cast<size_t>(Bytes);
    return true;
  }

  bool readText(uint64_t Bytes, std::string &Text) {
    if (Bytes > remaining())
      return fail("truncated argument");
    Text.assign(reinterpret_cast<const char *>(Data + Pos),
                static_cast<size_t>(Bytes));
    Pos += static_cast<size_t>(Bytes);
    return true;
  }

  // A protocol-0 argument: everything up to the next newline.
  bool readLine(std::string &Line) {
    for (size_t I = Pos; I < Size; ++I)
      if (Data[I] == '\n') {
        Line.assign(reinterpret_cast<const char *>(Data + Pos), I - Pos);
        Pos = I + 1;
        return true;
      }
    return fail("argument is not terminated by a newline");
  }

  bool readDecimalLine(uint64_t &V) {
    std::string Line;
    if (!readLine(Line))
      return false;
    if (Line.empty() || Line.size() > 19)
      return fail("bad memo index");
    V = 0;
    for (char C : Line) {
      if (C < '0' || C > '9')
        return fail("bad memo index");
      V = V * 10 + uint64_t(C - '0');
    }
    return true;
  }

  // --- values and the stack ----------------------------------------------

  bool make(Kind K, ValueId &Id) {
    if (Values.size() >= Limits.MaxValues)
      return fail("more than " + std::to_string(Limits.MaxValues) + " values");
    Id = static_cast<ValueId>(Values.size());
    Values.push_back(Value{K, {}, {}, {}});
    return true;
  }

  bool push(ValueId Id) {
    if (Stack.size() >= Limits.MaxStack)
      return fail("the stack holds more than " +
                  std::to_string(Limits.MaxStack) + " values");
    Stack.push_back(Id);
    return true;
  }

  bool pushShared(Kind K) { return push(Shared[static_cast<size_t>(K)]); }

  bool pushNew(Kind K, std::string Text) {
    ValueId Id;
    if (!make(K, Id))
      return false;
    Values[Id].Text = std::move(Text);
    return push(Id);
  }

  // Items below the innermost MARK belong to an outer frame.
  size_t floor() const { return Marks.empty() ? 0 : Marks.back(); }

  bool pop(ValueId &Id) {
    if (Stack.size() <= floor())
      return fail("stack underflow");
    Id = Stack.back();
    Stack.pop_back();
    return true;
  }

  bool top(ValueId &Id) {
    if (Stack.size() <= floor())
      return fail("stack underflow");
    Id = Stack.back();
    return true;
  }

  bool popToMark(std::vector<ValueId> &Items) {
    if (Marks.empty())
      return fail("no MARK to pop to");
    size_t Height = Marks.back();
    Marks.pop_back();
    Items.assign(Stack.begin() + static_cast<std::ptrdiff_t>(Height),
                 Stack.end());
    Stack.resize(Height);
    return true;
  }

  bool pushContainer(Kind K, std::vector<ValueId> Items) {
    ValueId Id;
    if (!make(K, Id))
      return false;
    if (!countItems(Items.size()))
      return false;
    Values[Id].Items = std::move(Items);
    return push(Id);
  }

  bool countItems(size_t N) {
    if (N > Limits.MaxItems - TotalItems)
      return fail("containers hold more than " +
                  std::to_string(Limits.MaxItems) + " items");
    TotalItems += N;
    return true;
  }

  // APPEND(S), SETITEM(S), ADDITEMS: add to the container on top of the
  // stack. An opaque object (an OrderedDict built by REDUCE, a list subclass
  // built by NEWOBJ) accepts them and forgets them.
  bool addTo(ValueId Target, const std::vector<ValueId> &Items, Kind Wanted) {
    Value &T = Values[Target];
    if (T.K == Kind::Opaque)
      return true;
    if (T.K != Wanted)
      return fail("cannot add items to this value");
    if (Wanted == Kind::Dict && Items.size() % 2 != 0)
      return fail("odd number of items for a dict");
    if (!countItems(Items.size()))
      return false;
    Values[Target].Items.insert(Values[Target].Items.end(), Items.begin(),
                                Items.end());
    return true;
  }

  bool memoPut(uint64_t Index) {
    ValueId Id;
    if (!top(Id))
      return false;
    auto It = Memo.find(Index);
    if (It != Memo.end()) {
      It->second = Id;
      return true;
    }
    if (Memo.size() >= Limits.MaxMemo)
      return fail("the memo holds more than " +
                  std::to_string(Limits.MaxMemo) + " values");
    Memo.emplace(Index, Id);
    return true;
  }

  bool memoGet(uint64_t Index) {
    auto It = Memo.find(Index);
    if (It == Memo.end())
      return fail("memo index " + std::to_string(Index) + " was never stored");
    return push(It->second);
  }

  bool isString(ValueId Id, const char *Text = nullptr) const {
    return Values[Id].K == Kind::String &&
           (Text == nullptr || Values[Id].Text == Text);
  }

  // ('storage', GLOBAL 'torch XStorage', key, location, numel)
  void notePersistentId(ValueId Pid) {
    const Value &P = Values[Pid];
    if (P.K != Kind::Tuple || P.Items.size() < 4)
      return;
    const std::vector<ValueId> &I = P.Items;
    if (!isString(I[0], "storage") || Values[I[1]].K != Kind::Global ||
        !isString(I[2]) || !isString(I[3]))
      return;
    Out.Storages.push_back(PersistentStorage{Values[I[1]].Text,
                                             Values[I[1]].Name,
                                             Values[I[2]].Text,
                                             Values[I[3]].Text});
  }

  bool pushGlobal(std::string Module, std::string Name) {
    ValueId Id;
    if (!make(Kind::Global, Id))
      return false;
    Values[Id].Text = std::move(Module);
    Values[Id].Name = std::move(Name);
    return push(Id);
  }

  // Pops N values (N <= 3) into Popped, topmost last.
  bool popN(size_t N, ValueId *Popped) {
    for (size_t I = N; I > 0; --I)
      if (!pop(Popped[I - 1]))
        return false;
    return true;
  }

  // --- one opcode ----------------------------------------------------------

  bool step(bool &Stopped) {
    uint64_t N = 0;
    std::string Text, Text2;
    std::vector<ValueId> Items;
    ValueId V[3];
    switch (Op) {
    case PROTO:
      if (!readUnsigned(1, N))
        return false;
      if (N > 5)
        return fail("unsupported pickle protocol " + std::to_string(N));
      return true;
    case FRAME: // frames only group opcodes; read through them
      return readLength(8, false, N);
    case STOP:
      if (!pop(V[0]))
        return false;
      Stopped = true;
      return true;

    // Stack manipulation.
    case MARK:
      if (Marks.size() >= Limits.MaxMarks)
        return fail("more than " + std::to_string(Limits.MaxMarks) +
                    " nested MARKs");
      Marks.push_back(Stack.size());
      return true;
    case POP:
      if (Stack.size() > floor()) {
        Stack.pop_back();
        return true;
      }
      if (Marks.empty())
        return fail("stack underflow");
      Marks.pop_back(); // POP on an empty frame discards the MARK
      return true;
    case POP_MARK:
      return popToMark(Items);
    case DUP:
      return top(V[0]) && push(V[0]);

    // Memo.
    case PUT:
      return readDecimalLine(N) && memoPut(N);
    case BINPUT:
      return readUnsigned(1, N) && memoPut(N);
    case LONG_BINPUT:
      return readUnsigned(4, N) && memoPut(N);
    case MEMOIZE:
      return memoPut(Memo.size());
    case GET:
      return readDecimalLine(N) && memoGet(N);
    case BINGET:
      return readUnsigned(1, N) && memoGet(N);
    case LONG_BINGET:
      return readUnsigned(4, N) && memoGet(N);

    // Scalars.
    case NONE:
      return pushShared(Kind::None);
    case NEWTRUE:
    case NEWFALSE:
      return pushShared(Kind::Bool);
    case INT:
    case LONG:
      return readLine(Text) && pushShared(Kind::Int);
    case BININT:
      return readUnsigned(4, N) && pushShared(Kind::Int);
    case BININT1:
      return readUnsigned(1, N) && pushShared(Kind::Int);
    case BININT2:
      return readUnsigned(2, N) && pushShared(Kind::Int);
    case LONG1:
      return readLength(1, false, N) && skip(N) && pushShared(Kind::Int);
    case LONG4:
      return readLength(4, true, N) && skip(N) && pushShared(Kind::Int);
    case FLOAT:
      return readLine(Text) && pushShared(Kind::Float);
    case BINFLOAT:
      return skip(8) && pushShared(Kind::Float);

    // Strings and bytes.
    case STRING:
      if (!readLine(Text))
        return false;
      if (Text.size() >= 2 && (Text.front() == '\'' || Text.front() == '"') &&
          Text.back() == Text.front())
        Text = Text.substr(1, Text.size() - 2);
      return pushNew(Kind::String, std::move(Text));
    case UNICODE:
      return readLine(Text) && pushNew(Kind::String, std::move(Text));
    case SHORT_BINSTRING:
    case SHORT_BINUNICODE:
      return readLength(1, false, N) && readText(N, Text) &&
             pushNew(Kind::String, std::move(Text));
    case BINSTRING:
      return readLength(4, true, N) && readText(N, Text) &&
             pushNew(Kind::String, std::move(Text));
    case BINUNICODE:
      return readLength(4, false, N) && readText(N, Text) &&
             pushNew(Kind::String, std::move(Text));
    case BINUNICODE8:
      return readLength(8, false, N) && readText(N, Text) &&
             pushNew(Kind::String, std::move(Text));
    case SHORT_BINBYTES:
      return readLength(1, false, N) && skip(N) && pushShared(Kind::Bytes);
    case BINBYTES:
      return readLength(4, false, N) && skip(N) && pushShared(Kind::Bytes);
    case BINBYTES8:
    case BYTEARRAY8:
      return readLength(8, false, N) && skip(N) && pushShared(Kind::Bytes);

    // Containers.
    case EMPTY_TUPLE:
      return pushContainer(Kind::Tuple, {});
    case TUPLE1:
    case TUPLE2:
    case TUPLE3: {
      size_t Count = size_t(Op - TUPLE1) + 1;
      if (!popN(Count, V))
        return false;
      return pushContainer(Kind::Tuple, std::vector<ValueId>(V, V + Count));
    }
    case TUPLE:
      return popToMark(Items) && pushContainer(Kind::Tuple, std::move(Items));
    case EMPTY_LIST:
      return pushContainer(Kind::List, {});
    case LIST:
      return popToMark(Items) && pushContainer(Kind::List, std::move(Items));
    case EMPTY_DICT:
      return pushContainer(Kind::Dict, {});
    case DICT:
      if (!popToMark(Items))
        return false;
      if (Items.size() % 2 != 0)
        return fail("odd number of items for a dict");
      return pushContainer(Kind::Dict, std::move(Items));
    case EMPTY_SET:
      return pushContainer(Kind::Set, {});
    case FROZENSET:
      return popToMark(Items) && pushContainer(Kind::Set, std::move(Items));
    case APPEND:
      return pop(V[0]) && top(V[1]) && addTo(V[1], {V[0]}, Kind::List);
    case APPENDS:
      return popToMark(Items) && top(V[0]) && addTo(V[0], Items, Kind::List);
    case SETITEM:
      return popN(2, V) && top(V[2]) && addTo(V[2], {V[0], V[1]}, Kind::Dict);
    case SETITEMS:
      return popToMark(Items) && top(V[0]) && addTo(V[0], Items, Kind::Dict);
    case ADDITEMS:
      return popToMark(Items) && top(V[0]) && addTo(V[0], Items, Kind::Set);

    // Globals: named, never imported.
    case GLOBAL:
      return readLine(Text) && readLine(Text2) &&
             pushGlobal(std::move(Text), std::move(Text2));
    case STACK_GLOBAL:
      if (!popN(2, V))
        return false;
      if (!isString(V[0]) || !isString(V[1]))
        return fail("STACK_GLOBAL needs two strings");
      return pushGlobal(Values[V[0]].Text, Values[V[1]].Text);

    // Calls and object construction: opaque results, never executed.
    case REDUCE:  // callable, args
    case NEWOBJ:  // cls, args
      return popN(2, V) && pushShared(Kind::Opaque);
    case NEWOBJ_EX: // cls, args, kwargs
      return popN(3, V) && pushShared(Kind::Opaque);
    case BUILD: // object, state: the object stays
      return pop(V[0]) && top(V[1]);
    case INST:
      return readLine(Text) && readLine(Text2) && popToMark(Items) &&
             pushShared(Kind::Opaque);
    case OBJ:
      if (!popToMark(Items))
        return false;
      if (Items.empty())
        return fail("OBJ without a class");
      return pushShared(Kind::Opaque);
    case EXT1:
      return readUnsigned(1, N) && pushShared(Kind::Opaque);
    case EXT2:
      return readUnsigned(2, N) && pushShared(Kind::Opaque);
    case EXT4:
      return readUnsigned(4, N) && pushShared(Kind::Opaque);

    // Persistent ids: where LibTorch names its storages.
    case PERSID:
      return readLine(Text) && pushShared(Kind::Opaque);
    case BINPERSID:
      if (!pop(V[0]))
        return false;
      notePersistentId(V[0]);
      return pushShared(Kind::Opaque);

    case NEXT_BUFFER:
    case READONLY_BUFFER:
      return fail("out-of-band buffers are not supported");
    default:
      return fail("unknown opcode");
    }
  }
};

} // namespace

PickleScan scanPickle(const void *Data, size_t Size,
                      const PickleLimits &Limits) {
  PickleScan Out;
  Walker W(static_cast<const uint8_t *>(Data), Size, Limits, Out);
  W.run();
  return Out;
}

} // namespace torchtidy::modelfile
