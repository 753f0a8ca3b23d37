package id.timpora.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.springframework.stereotype.Component;

/**
 * Minutes are typed as Markdown (headings, lists, bold, links) and shown as HTML. The HTML is safe to insert as is:
 * raw HTML in the text is escaped; a link survives only with an {@code http}, {@code https} or {@code mailto} target
 * (anything else, {@code data:} and {@code javascript:} included, or no scheme at all, is left as its plain text);
 * images become their alt text (a PDF renderer would otherwise fetch whatever address a user typed). The page and
 * the PDF both use this HTML. Templates must {@code th:utext} nothing else.
 */
@Component
public class Minutes {

    static final List<String> ALLOWED_SCHEMES = List.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(ALLOWED_SCHEMES))
            .softbreak("<br>")
            .nodeRendererFactory(ImageAsText::new)
            .nodeRendererFactory(SafeLinks::new)
            .build();

    /** The minutes as HTML; empty for none. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return renderer.render(parser.parse(markdown));
    }

    /** The link's target if its scheme is one of {@link #ALLOWED_SCHEMES}; null otherwise. */
    static String allowedTarget(String destination) {
        if (destination == null) {
            return null;
        }
        String target = destination.strip();
        Matcher scheme = SCHEME.matcher(target);
        if (!scheme.find() || !ALLOWED_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return target;
    }

    /** A link with an allowed target as {@code <a href>}; any other only as its text. */
    private static final class SafeLinks implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        SafeLinks(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class);
        }

        @Override
        public void render(Node node) {
            Link link = (Link) node;
            String target = allowedTarget(link.getDestination());
            if (target == null) {
                renderChildren(link);
                return;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", context.encodeUrl(target));
            if (link.getTitle() != null) {
                attributes.put("title", link.getTitle());
            }
            attributes.put("rel", "noopener noreferrer nofollow");
            html.tag("a", context.extendAttributes(link, "a", attributes));
            renderChildren(link);
            html.tag("/a");
        }

        private void renderChildren(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }

    private static final class ImageAsText implements NodeRenderer {

        private final HtmlWriter html;

        ImageAsText(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node image) {
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    html.text(text.getLiteral());
                }
            }
        }
    }
}
