import java.sql.*; import java.nio.file.*; import java.util.*;
/** After a kill -9 of {@link Writer}: compares the acknowledged ids with what the database kept. */
public class Check {
  public static void main(String[] a) throws Exception {
    List<String> acked = Files.readAllLines(Path.of(a[1]));
    long last = 0; for (String s : acked) if (!s.isBlank()) last = Math.max(last, Long.parseLong(s.trim()));
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + a[0] + ";MODE=PostgreSQL", "sa", "")) {
      ResultSet r = c.createStatement().executeQuery("select count(*), coalesce(max(id),0) from t"); r.next();
      System.out.println("acked max " + last + " acked count " + acked.size() + " ; in db count " + r.getLong(1) + " max " + r.getLong(2) + (r.getLong(2) >= last ? " OK" : " LOST " + (last - r.getLong(2))));
    }
  }
}
