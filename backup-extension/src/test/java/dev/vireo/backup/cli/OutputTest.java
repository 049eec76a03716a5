package dev.vireo.backup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OutputTest {
  /** The generator-based writer must print exactly what Jackson's ObjectMapper printed before. */
  @Test
  void json_isByteIdenticalToObjectMappersIndentedOutput_forEveryKindOfNode() throws Exception {
    ObjectNode o = Output.object();
    o.put("point", "000001a2030dc5a9").put("int", 7).put("long", 4_294_967_296L);
    o.put("double", 1.25).put("decimal", new BigDecimal("12.500")).put("ok", true);
    o.putNull("parent");
    o.put("text", "quote \" backslash \\ tab \t newline \n unicode é \u0001");
    o.putObject("empty");
    o.putArray("none");
    var arr = o.putArray("disks");
    arr.addObject().put("disk", "d0").putArray("extents").add(0).add(65536);
    arr.add(Output.array().add(-1).add(false));
    String expected =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o);
    assertThat(Output.toJson(o)).isEqualTo(expected);
  }
}
