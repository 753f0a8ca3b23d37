package id.timpora.meeting;

import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.springframework.stereotype.Component;

/**
 * Minutes are typed as Markdown (headings, lists, bold, links) and shown as HTML. The HTML is safe to insert as is:
 * raw HTML in the text is escaped, link targets other than http(s) and mailto are dropped, and images become their
 * alt text (a PDF renderer would otherwise fetch whatever address a user typed). Templates must {@code th:utext}
 * nothing else.
 */
@Component
public class Minutes {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .nodeRendererFactory(ImageAsText::new)
            .build();

    /** The minutes as HTML; empty for none. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return renderer.render(parser.parse(markdown));
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
