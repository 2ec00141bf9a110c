package org.festserver.tools.reliability;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** A PNG line chart of heap after GC over time, with a dashed line at each dataset switch. Java2D, headless. */
final class HeapChart {
  record Point(double minutes, double megabytes) {}

  private static final int WIDTH = 900;
  private static final int HEIGHT = 420;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;

  private HeapChart() {}

  static void write(Path png, String title, List<Point> heap, List<Double> switchMinutes) throws IOException {
    System.setProperty("java.awt.headless", "true");
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    double maxX = Math.max(1, heap.stream().mapToDouble(Point::minutes).max().orElse(1));
    double maxY = Math.max(1, heap.stream().mapToDouble(Point::megabytes).max().orElse(1)) * 1.25;
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.setColor(Color.LIGHT_GRAY);
    for (int i = 0; i <= 5; i++) {
      int y = TOP + plotH - plotH * i / 5;
      g.drawLine(LEFT, y, LEFT + plotW, y);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format(Locale.ROOT, "%.0f MB", maxY * i / 5), 8, y + 4);
      g.setColor(Color.LIGHT_GRAY);
    }
    int step = maxX > 20 ? 5 : 1;
    for (int m = 0; m <= maxX; m += step) {
      int x = LEFT + (int) (plotW * m / maxX);
      g.setColor(Color.DARK_GRAY);
      g.drawString(m + "", x - 4, TOP + plotH + 18);
    }
    g.drawString("minutes", LEFT + plotW / 2 - 20, HEIGHT - 10);
    g.setColor(new Color(200, 120, 0));
    g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    for (double s : switchMinutes) {
      int x = LEFT + (int) (plotW * s / maxX);
      g.drawLine(x, TOP, x, TOP + plotH);
    }
    g.setColor(new Color(30, 90, 200));
    g.setStroke(new BasicStroke(2f));
    for (int i = 1; i < heap.size(); i++) {
      Point a = heap.get(i - 1);
      Point b = heap.get(i);
      g.drawLine(LEFT + (int) (plotW * a.minutes() / maxX), TOP + plotH - (int) (plotH * a.megabytes() / maxY),
          LEFT + (int) (plotW * b.minutes() / maxX), TOP + plotH - (int) (plotH * b.megabytes() / maxY));
    }
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(LEFT, TOP, plotW, plotH);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(title, LEFT, 24);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.setColor(new Color(30, 90, 200));
    g.drawString("heap used after a full GC", LEFT + plotW - 330, TOP + 16);
    g.setColor(new Color(200, 120, 0));
    g.drawString("- - dataset switch", LEFT + plotW - 160, TOP + 16);
    g.dispose();
    ImageIO.write(image, "png", png.toFile());
  }
}
