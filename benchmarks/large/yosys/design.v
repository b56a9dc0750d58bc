// A small datapath for the yosys benchmark: a multiply-accumulate unit, a CRC and a counter FSM.
module mac #(parameter W = 12) (input clk, input rst, input [W-1:0] a, input [W-1:0] b, output reg [2*W+3:0] acc);
  always @(posedge clk) if (rst) acc <= 0; else acc <= acc + a * b;
endmodule

module crc32 (input clk, input rst, input [7:0] d, input en, output reg [31:0] crc);
  integer i;
  reg [31:0] c;
  always @(posedge clk) begin
    if (rst) crc <= 32'hFFFFFFFF;
    else if (en) begin
      c = crc ^ {24'b0, d};
      for (i = 0; i < 8; i = i + 1) c = c[0] ? (c >> 1) ^ 32'hEDB88320 : c >> 1;
      crc <= c;
    end
  end
endmodule

module top (input clk, input rst, input [11:0] a, input [11:0] b, input [7:0] d, output [27:0] acc, output [31:0] crc, output reg [2:0] state);
  mac m (.clk(clk), .rst(rst), .a(a), .b(b), .acc(acc));
  crc32 c (.clk(clk), .rst(rst), .d(d), .en(state == 3'd2), .crc(crc));
  always @(posedge clk)
    if (rst) state <= 0;
    else case (state)
      3'd0: state <= a[0] ? 3'd1 : 3'd0;
      3'd1: state <= 3'd2;
      3'd2: state <= d == 8'hFF ? 3'd3 : 3'd2;
      3'd3: state <= 3'd0;
      default: state <= 3'd0;
    endcase
endmodule
