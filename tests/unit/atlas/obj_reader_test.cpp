// The fast OBJ reader (BodyParts3D profile): the statements it reads, drops and rejects.
#include "atlas/import/obj_reader.hpp"

#include <gtest/gtest.h>

#include <random>

namespace myo::atlas {
namespace {

TEST(ObjReaderTest, FansPolygonsAndReadsNegativeIndices) {
  const auto mesh = parseObj("v 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\nf 1 2 3 4\nf -4 -2 -1\n");
  ASSERT_TRUE(mesh) << mesh.error().text();
  EXPECT_EQ(mesh->positions.size(), 4u);
  EXPECT_EQ(mesh->indices, (std::vector<std::uint32_t>{0, 1, 2, 0, 2, 3, 0, 2, 3}));
  EXPECT_TRUE(mesh->normals.empty());  // none in the file: the loader computes them
}

TEST(ObjReaderTest, SharedNormalIndicesKeepTheVertices) {
  const auto mesh = parseObj("v 0 0 0\nv 1 0 0\nv 0 1 0\nvn 0 0 2\nvn 0 0 1\nvn 0 0 1\nf 1//1 2//2 3//3\n");
  ASSERT_TRUE(mesh) << mesh.error().text();
  ASSERT_EQ(mesh->normals.size(), 3u);
  EXPECT_EQ(mesh->normals[0], glm::vec3(0, 0, 1));  // normalised
  EXPECT_EQ(mesh->indices, (std::vector<std::uint32_t>{0, 1, 2}));
}

TEST(ObjReaderTest, SeparateNormalIndicesGiveOneVertexPerCorner) {
  const auto mesh = parseObj("v 0 0 0\nv 1 0 0\nv 0 1 0\nvt 0 0\nvn 0 0 1\nf 1/1/1 2/1/1 3/1/1\n");
  ASSERT_TRUE(mesh) << mesh.error().text();
  EXPECT_EQ(mesh->positions.size(), 3u);
  EXPECT_EQ(mesh->positions[2], glm::vec3(0, 1, 0));
  EXPECT_EQ(mesh->normals[1], glm::vec3(0, 0, 1));
}

TEST(ObjReaderTest, DropsLinesAndPointsAndIgnoresOtherStatements) {
  ObjParseInfo info;
  const auto mesh = parseObj(
      "# comment\r\nmtllib a.mtl\r\no thing\r\ng group\r\ns 0\r\nusemtl m\r\nv 0 0 0\r\nv 1 0 0\r\nv 0 1 0 0.5 0.5 "
      "0.5\r\n"
      "l 1 2\r\np 3\r\nf 1 2 3\r\n",
      &info);
  ASSERT_TRUE(mesh) << mesh.error().text();
  EXPECT_EQ(mesh->triangleCount(), 1u);
  EXPECT_EQ(info.droppedElements, 2u);
}

TEST(ObjReaderTest, ATruncatedLastStatementIsAnError) {
  for (const char* text : {"v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\nv 1.5 2",
                           "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1//1 2//", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\nv 0 1e"}) {
    const auto mesh = parseObj(text);
    ASSERT_FALSE(mesh) << text;
    EXPECT_NE(mesh.error().message.find("the file is truncated"), std::string::npos) << mesh.error().message;
  }
}

TEST(ObjReaderTest, MalformedStatementsNameTheirLine) {
  const auto twoNumbers = parseObj("v 0 0 0\nv 1 2\n");
  ASSERT_FALSE(twoNumbers);
  EXPECT_EQ(twoNumbers.error().message, "line 2: expected three numbers after 'v'");
  const auto shortFace = parseObj("v 0 0 0\nv 1 0 0\nf 1 2\n");
  ASSERT_FALSE(shortFace);
  EXPECT_EQ(shortFace.error().message, "line 3: a face needs at least 3 corners, found 2");
  const auto badIndex = parseObj("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 9\n");
  ASSERT_FALSE(badIndex);
  EXPECT_EQ(badIndex.error().message, "face refers to vertex 9 but the file has 3");
  const auto zeroIndex = parseObj("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 0 1 2\n");
  ASSERT_FALSE(zeroIndex);
  EXPECT_EQ(zeroIndex.error().message, "line 4: expected a vertex index (v, v/vt, v//vn or v/vt/vn) in the face");
  const auto notNumber = parseObj("v 0 0 nan\n");
  EXPECT_FALSE(notNumber);
}

TEST(ObjReaderTest, BinaryDataIsNotAnObj) {
  const std::string bytes(
      "\x7f"
      "ELF\x02\x01\x01\0\0\0",
      10);
  const auto mesh = parseObj(bytes);
  ASSERT_FALSE(mesh);
  EXPECT_EQ(mesh.error().message, "line 1: binary data where an OBJ statement was expected: not a text OBJ file");
}

TEST(ObjReaderTest, TextProblemLooksAtHeadAndTail) {
  EXPECT_EQ(objTextProblem("v 0 0 0\n", "f 1 2 3\n"), "");
  EXPECT_EQ(objTextProblem("v 0 0 0\n", "f 1 2 3"), "");  // complete, only the newline is missing
  EXPECT_EQ(objTextProblem("v 0 0 0\n", "f 1 2 3\nf 4//4 5"), "the file is truncated (its last statement is cut off)");
  EXPECT_EQ(objTextProblem(std::string("v 0\0 0\n", 7), ""), "binary data at byte 3: not a text OBJ file");
}

// Random damage to a valid file never crashes the reader, and whatever it accepts is a usable mesh.
TEST(ObjReaderTest, SurvivesRandomDamage) {
  const std::string good =
      "# header\nv 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nvn 0 0 1\nvn 0 1 0\nvn 1 0 0\nvn 0 0 -1\n"
      "f 1//1 3//2 2//3\nf 1//1 2//2 4//4\nf -4//-4 -1//-1 -2//-2\nl 1 2\nf 2/1/3 3/1/2 4/1/1\n";
  std::mt19937 rng(99);
  const char alphabet[] = "0123456789 /-+.e\nvfnl#\t\r\0\x7f";
  int accepted = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text = good;
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) {
      const size_t at = rng() % text.size();
      switch (rng() % 3) {
        case 0:
          text[at] = alphabet[rng() % (sizeof alphabet - 1)];
          break;
        case 1:
          text.erase(at, 1 + rng() % 3);
          break;
        default:
          text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), alphabet[rng() % (sizeof alphabet - 1)]);
          break;
      }
      if (text.empty()) text.assign(1, 'v');
    }
    const auto mesh = parseObj(text);
    if (!mesh) continue;
    ++accepted;
    for (const auto index : mesh->indices) ASSERT_LT(index, mesh->positions.size()) << text;
    ASSERT_EQ(mesh->indices.size() % 3, 0u);
    ASSERT_TRUE(mesh->normals.empty() || mesh->normals.size() == mesh->positions.size());
  }
  EXPECT_GT(accepted, 100);  // many damages (in comments, numbers) still leave a valid file
}

}  // namespace
}  // namespace myo::atlas
