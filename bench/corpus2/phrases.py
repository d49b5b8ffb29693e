"""Phrase bank of the second evaluation corpus: Vietnamese pledge wording written for it, none taken from
../shared/corpus. Sentences are built from parts (opening, action, object, purpose), so two honest pledges share
a sentence only when they happen to draw the same parts, as members of one position do with their duties."""

# Stock sentences: the common language of pledges; many members write one or two of them per section.
STOCK = {
    "tuTuongChinhTri": [
        "Luôn giữ vững lập trường tư tưởng, tin tưởng vào sự lãnh đạo của Đảng và con đường đi lên chủ nghĩa xã hội.",
        "Chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.",
        "Không dao động trước những khó khăn, thử thách và các luận điệu sai trái của các thế lực thù địch.",
        "Tích cực học tập các nghị quyết, chỉ thị của Đảng để nâng cao nhận thức chính trị.",
        "Đấu tranh với các biểu hiện suy thoái về tư tưởng chính trị, tự diễn biến, tự chuyển hóa trong nội bộ.",
    ],
    "daoDucLoiSong": [
        "Sống giản dị, trung thực, thẳng thắn, chan hòa với đồng chí, đồng nghiệp và nhân dân.",
        "Không tham ô, lãng phí, không lợi dụng chức vụ, quyền hạn để mưu cầu lợi ích cá nhân.",
        "Gương mẫu trong gia đình, giáo dục con cháu sống có trách nhiệm với cộng đồng.",
        "Thực hành cần, kiệm, liêm, chính, chí công vô tư trong công việc và cuộc sống.",
        "Giữ gìn mối đoàn kết nội bộ, không nói xấu, không gây mất đoàn kết trong cơ quan.",
    ],
    "yThucToChucKyLuat": [
        "Chấp hành nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình.",
        "Tham gia đầy đủ các buổi sinh hoạt chi bộ, đóng đảng phí đúng quy định.",
        "Thực hiện đúng những điều đảng viên không được làm và quy định về nêu gương.",
        "Phục tùng sự phân công của tổ chức, hoàn thành nhiệm vụ được giao đúng thời gian.",
    ],
    "tacPhongLeLoiLamViec": [
        "Làm việc khoa học, có kế hoạch, sắp xếp công việc hợp lý theo thứ tự ưu tiên.",
        "Gần dân, trọng dân, lắng nghe ý kiến của nhân dân và giải quyết kịp thời những kiến nghị chính đáng.",
        "Thái độ hòa nhã, tận tình khi tiếp xúc và hướng dẫn người dân đến liên hệ công việc.",
        "Nói đi đôi với làm, không hứa suông, không né tránh trách nhiệm.",
    ],
    "thucHienChucTrachNhiemVu": [
        "Hoàn thành tốt các nhiệm vụ chuyên môn được giao, bảo đảm chất lượng và tiến độ.",
        "Chủ động tham mưu cho lãnh đạo những giải pháp thiết thực trong lĩnh vực phụ trách.",
        "Phối hợp chặt chẽ với các bộ phận liên quan để giải quyết công việc hiệu quả.",
        "Không ngừng học tập nâng cao trình độ chuyên môn, nghiệp vụ để đáp ứng yêu cầu nhiệm vụ.",
    ],
    "trachNhiemNeuGuong": [
        "Gương mẫu đi đầu trong thực hiện các phong trào thi đua của địa phương.",
        "Nêu gương để quần chúng noi theo, trước hết trong gia đình và nơi cư trú.",
        "Vận động gia đình, người thân chấp hành tốt chủ trương, chính sách, pháp luật.",
        "Người đảng viên phải nói trước, làm trước, làm gương cho mọi người cùng làm.",
    ],
    "hanCheKhuyetDiemNamTruoc": [
        "Đôi lúc chưa mạnh dạn trong tự phê bình và phê bình.",
        "Việc nghiên cứu tài liệu có lúc chưa sâu, chưa thường xuyên.",
        "Có việc còn giải quyết chậm so với thời gian quy định.",
        "Nguyên nhân chủ yếu là do khối lượng công việc nhiều và bản thân chưa sắp xếp thời gian hợp lý.",
    ],
    "bienPhapKhacPhuc": [
        "Tiếp tục học tập, rèn luyện để khắc phục những hạn chế đã nêu.",
        "Sắp xếp thời gian hợp lý, xây dựng kế hoạch công tác cụ thể hằng tuần, hằng tháng.",
        "Mạnh dạn tự phê bình và phê bình trên tinh thần xây dựng.",
        "Thường xuyên trao đổi, học hỏi kinh nghiệm từ đồng chí, đồng nghiệp.",
    ],
    "noiDungLamTheo": [
        "Học và làm theo Bác về tinh thần trách nhiệm, tận tụy phục vụ nhân dân.",
        "Làm theo Bác về đức tính cần cù, tiết kiệm, giản dị trong sinh hoạt hằng ngày.",
        "Làm theo lời Bác dạy: việc gì có lợi cho dân thì hết sức làm, việc gì có hại cho dân thì hết sức tránh.",
        "Rèn luyện phong cách quần chúng, sâu sát cơ sở như Bác đã căn dặn.",
    ],
}

# Parts of the sentences a member writes about their own year: opening + action + object (+ purpose).
OPENINGS = {
    "tuTuongChinhTri": ["Bản thân", "Trong năm {year}, tôi", "Tôi luôn", "Hằng tháng tôi", "Tôi cam kết"],
    "daoDucLoiSong": ["Bản thân tôi", "Tôi luôn", "Trong gia đình, tôi", "Ở khu dân cư, tôi", "Tôi cố gắng"],
    "yThucToChucKyLuat": ["Tôi", "Bản thân luôn", "Trong năm {year}, tôi", "Tôi nghiêm túc", "Tôi tự giác"],
    "tacPhongLeLoiLamViec": ["Khi làm việc, tôi", "Tôi", "Hằng ngày tôi", "Trong công tác, tôi", "Tôi chú trọng"],
    "thucHienChucTrachNhiemVu": ["Với cương vị {position}, tôi", "Tôi", "Trong năm {year}, tôi", "Bản thân phấn đấu", "Tôi quyết tâm"],
    "trachNhiemNeuGuong": ["Tôi", "Là đảng viên, tôi", "Ở nơi cư trú, tôi", "Trong cơ quan, tôi", "Tôi luôn"],
    "hanCheKhuyetDiemNamTruoc": ["Năm {prev}, bản thân", "Trong năm {prev}, tôi", "Năm qua tôi", "Có lúc tôi", "Bản thân còn"],
    "bienPhapKhacPhuc": ["Năm {year}, tôi", "Tôi sẽ", "Bản thân sẽ", "Thời gian tới tôi", "Tôi đề ra biện pháp"],
    "noiDungLamTheo": ["Năm {year}, tôi đăng ký", "Tôi đăng ký", "Tôi chọn", "Bản thân đăng ký", "Tôi làm theo Bác bằng việc"],
}

ACTIONS = {
    "tuTuongChinhTri": ["đọc báo Nhân Dân điện tử mỗi sáng", "theo dõi bản tin thời sự buổi tối", "ghi chép sổ tay nghị quyết",
                        "tham gia đầy đủ các lớp bồi dưỡng lý luận chính trị", "tìm hiểu lịch sử Đảng bộ xã",
                        "trao đổi với đồng chí trong chi bộ về tình hình thời sự", "nghe bài giảng trực tuyến về chủ nghĩa Mác - Lênin",
                        "viết bài thu hoạch sau mỗi đợt học tập nghị quyết", "kiểm tra thông tin trước khi chia sẻ trên mạng xã hội",
                        "nhắc nhở người thân không nghe theo tin đồn thất thiệt"],
    "daoDucLoiSong": ["giữ nếp sống văn minh", "tiết kiệm điện, nước ở cơ quan và ở nhà", "tham gia hiến máu tình nguyện",
                      "thăm hỏi gia đình chính sách vào dịp lễ, tết", "giúp đỡ hộ nghèo trong xóm", "không uống rượu bia trong giờ làm việc",
                      "chăm lo cho cha mẹ già", "đóng góp quỹ khuyến học của dòng họ", "hòa giải mâu thuẫn giữa các hộ lân cận",
                      "giữ đúng lời hứa với mọi người"],
    "yThucToChucKyLuat": ["có mặt đúng giờ tại các cuộc họp", "báo cáo trung thực kết quả công việc",
                          "giữ bí mật tài liệu của cơ quan", "xin phép khi vắng mặt trong sinh hoạt chi bộ",
                          "thực hiện kê khai tài sản, thu nhập đúng hạn", "góp ý thẳng thắn trong sinh hoạt chi bộ",
                          "chấp hành quy chế làm việc của cơ quan", "báo cáo với chi bộ nơi cư trú theo quy định",
                          "không phát ngôn tùy tiện trên mạng xã hội", "thực hiện nghiêm quy định về giờ giấc"],
    "tacPhongLeLoiLamViec": ["lập sổ theo dõi công việc hằng tuần", "xử lý văn bản trên phần mềm quản lý điều hành",
                             "trả lời người dân rõ ràng, dễ hiểu", "đến tận nhà hướng dẫn các hộ làm thủ tục",
                             "tránh để hồ sơ tồn đọng qua ngày", "ứng dụng công nghệ thông tin vào công việc",
                             "chủ động xuống ấp nắm tình hình", "ghi nhận và phản hồi kiến nghị trong ba ngày",
                             "mặc trang phục gọn gàng, lịch sự khi làm việc", "giữ thái độ bình tĩnh khi tiếp dân"],
    "thucHienChucTrachNhiemVu": ["hoàn thành chỉ tiêu được giao trước thời hạn", "rà soát, cập nhật số liệu hằng tháng",
                                 "kiểm tra tiến độ các công trình trên địa bàn", "hướng dẫn đồng nghiệp mới vào nghề",
                                 "xây dựng kế hoạch công tác quý sát với thực tế", "tổng hợp báo cáo đầy đủ, chính xác",
                                 "phối hợp với ban ấp vận động nhân dân", "đề xuất cải tiến quy trình tiếp nhận hồ sơ",
                                 "theo dõi sát các hộ có hoàn cảnh khó khăn", "tổ chức tốt các hoạt động của đơn vị"],
    "trachNhiemNeuGuong": ["đi đầu trong phong trào hiến đất làm đường", "vận động bà con giữ vệ sinh đường làng",
                           "gương mẫu đóng góp các khoản quỹ tại địa phương", "nhắc nhở con cháu chấp hành luật giao thông",
                           "tham gia dọn dẹp kênh mương vào ngày chủ nhật xanh", "làm trước để quần chúng làm theo",
                           "phân loại rác thải tại nguồn ở gia đình", "không tổ chức tiệc tùng linh đình",
                           "tích cực tham gia sinh hoạt ở khu dân cư", "ủng hộ quỹ vì người nghèo"],
    "hanCheKhuyetDiemNamTruoc": ["chưa dành nhiều thời gian nghiên cứu văn bản mới", "còn để một số hồ sơ giải quyết trễ hẹn",
                                 "chưa mạnh dạn góp ý với đồng chí cùng chi bộ", "chưa thường xuyên xuống cơ sở",
                                 "chưa ứng dụng tốt phần mềm chuyên môn", "ít tham gia hoạt động ở khu dân cư",
                                 "có lúc còn nóng vội khi giải quyết công việc", "chưa sắp xếp công việc khoa học",
                                 "chưa hoàn thành một chỉ tiêu được giao", "việc học tập ngoại ngữ còn hạn chế"],
    "bienPhapKhacPhuc": ["dành mỗi tuần hai buổi tối để nghiên cứu tài liệu", "lập bảng theo dõi thời hạn từng hồ sơ",
                         "xin ý kiến góp ý của đồng nghiệp sau mỗi đợt công tác", "lên lịch xuống ấp mỗi tháng ít nhất hai lần",
                         "tham gia lớp tập huấn sử dụng phần mềm", "đăng ký tham gia sinh hoạt tổ dân cư đều đặn",
                         "bình tĩnh lắng nghe trước khi đưa ra ý kiến", "chia nhỏ công việc theo từng tuần",
                         "nhờ đồng chí bí thư chi bộ nhắc nhở, giám sát", "tự kiểm điểm vào cuối mỗi quý"],
    "noiDungLamTheo": ["tiết kiệm trong chi tiêu, dành tiền giúp học sinh nghèo", "trồng và chăm sóc cây xanh quanh trụ sở",
                       "giúp đỡ một hộ cận nghèo phát triển kinh tế", "giữ gìn vệ sinh nơi làm việc",
                       "viết nhật ký làm theo Bác mỗi tháng", "đọc một cuốn sách về Bác mỗi quý",
                       "giải quyết hồ sơ của dân không để trễ hẹn", "tham gia dạy chữ cho người lớn tuổi",
                       "vận động bà con chuyển đổi cây trồng phù hợp", "xây dựng tủ sách pháp luật tại ấp"],
}

PURPOSES = ["để nâng cao hiệu quả công việc", "nhằm giữ vững niềm tin của nhân dân", "góp phần xây dựng chi bộ trong sạch, vững mạnh",
            "để làm gương cho quần chúng", "nhằm hoàn thành tốt nhiệm vụ năm {year}", "để phục vụ nhân dân ngày càng tốt hơn",
            "góp phần xây dựng quê hương {commune} giàu đẹp", "để không phụ lòng tin của tổ chức", "", "", ""]

DETAILS = ["ít nhất {n} lần mỗi tháng", "trong suốt năm {year}", "tại ấp {hamlet}", "với {n} hộ gia đình",
           "theo kế hoạch của chi bộ", "đúng hạn trước ngày {d} hằng tháng", "cùng tổ {hamlet}", ""]

HAMLETS = ["Giồng Lức", "Ba So", "Cà Tum", "Nô Công", "Kim Câu", "Rạch Lọp", "Đồng Cò", "Bến Đáy", "Xóm Chùa", "Trà Kim",
           "Hòa Lục", "Sóc Ruộng", "Mỹ Cẩm", "Thuận Hòa", "Long Sơn", "Phú Khánh"]

# Positions: title, code, duties, and sentences of their own work that members of one position tend to write alike.
POSITIONS = [
    ("Chủ tịch Hội Cựu chiến binh xã", "HOI_CCB", "Phụ trách công tác hội viên cựu chiến binh; tham gia giữ gìn an ninh trật tự.",
     ["Tổ chức thăm hỏi hội viên cựu chiến binh ốm đau, có hoàn cảnh khó khăn.", "Vận động hội viên cựu chiến binh giúp nhau phát triển kinh tế gia đình.",
      "Tham gia cùng công an xã tuần tra bảo đảm an ninh trật tự ở các ấp."]),
    ("Cán bộ địa chính - xây dựng xã", "DIA_CHINH", "Quản lý đất đai, trật tự xây dựng; hướng dẫn thủ tục cấp giấy chứng nhận quyền sử dụng đất.",
     ["Đo đạc, kiểm tra hiện trạng thửa đất trước khi trình hồ sơ cấp giấy chứng nhận.", "Kịp thời phát hiện và lập biên bản các trường hợp xây dựng không phép.",
      "Hướng dẫn người dân hoàn thiện hồ sơ chuyển nhượng quyền sử dụng đất."]),
    ("Giáo viên trường tiểu học", "GIAO_VIEN", "Chủ nhiệm lớp; giảng dạy các môn Tiếng Việt, Toán.",
     ["Soạn giáo án đầy đủ, đổi mới phương pháp dạy học lấy học sinh làm trung tâm.", "Phụ đạo học sinh yếu kém vào các buổi chiều thứ năm.",
      "Giữ liên lạc thường xuyên với phụ huynh để cùng giáo dục các em."]),
    ("Trưởng trạm y tế xã", "Y_TE", "Quản lý trạm y tế; khám chữa bệnh ban đầu; phòng chống dịch bệnh.",
     ["Tổ chức tiêm chủng mở rộng đúng lịch, không để sót trẻ trong độ tuổi.", "Theo dõi, giám sát chặt chẽ dịch sốt xuất huyết trên địa bàn.",
      "Niềm nở, ân cần với người bệnh đến khám tại trạm."]),
    ("Trưởng ấp", "TRUONG_AP", "Điều hành công việc của ấp; vận động nhân dân thực hiện chủ trương của xã.",
     ["Họp dân định kỳ để phổ biến chủ trương của cấp trên và lắng nghe ý kiến của bà con.", "Nắm chắc số hộ, số nhân khẩu và hoàn cảnh từng gia đình trong ấp.",
      "Vận động nhân dân đóng góp xây dựng đường giao thông nông thôn."]),
    ("Bí thư Đoàn xã", "DOAN", "Phụ trách công tác Đoàn và phong trào thanh niên của xã.",
     ["Tổ chức các hoạt động tình nguyện hè cho đoàn viên, thanh niên.", "Phát động phong trào thanh niên khởi nghiệp, lập nghiệp tại địa phương.",
      "Giới thiệu đoàn viên ưu tú cho chi bộ xem xét kết nạp Đảng."]),
    ("Chủ tịch Hội Nông dân xã", "NONG_DAN", "Phụ trách công tác hội nông dân; hướng dẫn hội viên vay vốn sản xuất.",
     ["Hướng dẫn hội viên nông dân áp dụng kỹ thuật canh tác lúa tiết kiệm nước.", "Phối hợp với ngân hàng chính sách cho hội viên vay vốn đúng đối tượng.",
      "Xây dựng tổ hợp tác trồng rau an toàn cho hội viên."]),
    ("Kế toán ngân sách xã", "KE_TOAN", "Lập dự toán, quyết toán ngân sách; quản lý thu chi tài chính.",
     ["Thực hiện thu chi ngân sách đúng quy định, công khai minh bạch.", "Lập báo cáo quyết toán ngân sách chính xác, nộp đúng hạn.",
      "Lưu trữ chứng từ kế toán khoa học, đầy đủ."]),
    ("Công an viên ấp", "CONG_AN", "Giữ gìn an ninh trật tự tại ấp; quản lý cư trú.",
     ["Nắm tình hình an ninh trật tự trên địa bàn, báo cáo kịp thời khi có vụ việc.", "Tuyên truyền người dân cảnh giác với các thủ đoạn lừa đảo qua điện thoại.",
      "Phối hợp hòa giải các mâu thuẫn nhỏ ngay tại cơ sở."]),
    ("Chủ tịch Hội Liên hiệp Phụ nữ xã", "PHU_NU", "Phụ trách công tác phụ nữ; vận động hội viên phát triển kinh tế gia đình.",
     ["Vận động chị em tham gia mô hình tiết kiệm vì phụ nữ nghèo.", "Tuyên truyền phòng chống bạo lực gia đình đến từng chi hội.",
      "Hỗ trợ hội viên tiếp cận nguồn vốn vay để chăn nuôi."]),
    ("Đảng viên hưu trí", "HUU_TRI", "Sinh hoạt tại chi bộ ấp; tham gia công tác mặt trận ở khu dân cư.",
     ["Tham gia ban công tác mặt trận ấp, góp ý xây dựng đảng bộ, chính quyền.", "Kể cho con cháu nghe truyền thống cách mạng của quê hương.",
      "Dù tuổi cao vẫn tham gia đầy đủ sinh hoạt chi bộ."]),
    ("Văn thư - lưu trữ Ủy ban nhân dân xã", "VAN_THU", "Tiếp nhận, phát hành văn bản; quản lý con dấu và hồ sơ lưu trữ.",
     ["Vào sổ, chuyển văn bản đến đúng người, đúng thời gian.", "Quản lý con dấu chặt chẽ, đóng dấu đúng thẩm quyền.",
      "Sắp xếp hồ sơ lưu trữ theo năm, dễ tìm khi cần."]),
]

# Word-level synonyms (both directions are used).
SYNONYMS = [("luôn", "luôn luôn"), ("tích cực", "hăng hái"), ("thường xuyên", "đều đặn"), ("nghiêm túc", "nghiêm chỉnh"),
            ("nhân dân", "bà con"), ("cơ quan", "đơn vị"), ("kịp thời", "nhanh chóng"), ("gương mẫu", "mẫu mực"),
            ("tham gia", "góp mặt"), ("vận động", "động viên"), ("hằng tháng", "mỗi tháng"), ("hằng tuần", "mỗi tuần"),
            ("hoàn thành", "làm xong"), ("giúp đỡ", "hỗ trợ"), ("đầy đủ", "trọn vẹn"), ("chủ động", "tự giác"),
            ("nâng cao", "cải thiện"), ("công việc", "phần việc"), ("đồng nghiệp", "anh chị em cùng cơ quan"), ("tổ chức", "triển khai")]

# Clause-level rewordings: how a copier disguises a sentence without changing what it says.
CLAUSE_REWRITES = [("Tôi luôn", "Bản thân tôi luôn"), ("Bản thân", "Cá nhân tôi"), ("Tôi cam kết", "Tôi xin hứa"),
                   ("để ", "nhằm "), ("nhằm ", "với mục đích "), ("góp phần ", "qua đó góp phần "), ("Trong năm", "Suốt năm"),
                   ("Tôi sẽ", "Tôi dự kiến sẽ"), ("Tôi đăng ký", "Tôi xin đăng ký"), ("Hằng ngày tôi", "Mỗi ngày, bản thân"),
                   ("ít nhất", "tối thiểu"), ("không để", "tránh để"), ("đúng hạn", "đúng thời hạn")]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Thạch", "Kim", "Sơn", "Dương", "Lâm", "Đặng", "Châu", "Trương"]
MIDDLE = ["Văn", "Thị", "Minh", "Hoàng", "Ngọc", "Thanh", "Hữu", "Kim"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hạnh", "Hiếu", "Khánh", "Lợi", "Mai", "Nhân", "Phúc", "Quý", "Sang", "Tâm",
         "Thảo", "Tín", "Trí", "Út", "Vinh", "Xuân", "Yến", "Sa Ri", "Sô Phia", "Ránh"]

COMMUNES = [("cau-ngang/hiep-my-dong", "Hiệp Mỹ Đông"), ("cau-ngang/kim-hoa", "Kim Hòa"), ("cau-ngang/my-long-bac", "Mỹ Long Bắc"),
            ("cau-ngang/thuan-hoa", "Thuận Hòa"), ("cau-ngang/long-son", "Long Sơn")]

# Specifics a member adds about their own year: the people, places, days and numbers of their own work. They are
# what makes one member's sentences theirs (two members rarely name the same person on the same day).
SPECIFICS = ["cùng đồng chí {name}", "với gia đình ông {name}", "giúp cháu {given} con bà {name}", "tại nhà văn hóa ấp {hamlet}",
             "vào tối thứ {weekday} hằng tuần", "trong {n} buổi sáng chủ nhật", "ở đoạn đường từ cầu {hamlet} đến chợ",
             "theo đề nghị của bà con tổ {n}", "tại điểm trường {hamlet}", "với {n} thanh niên của ấp {hamlet}",
             "cùng tổ hòa giải ấp {hamlet}", "bằng {n} buổi trao đổi trực tiếp", "từ tháng {month} đến tháng {month2}",
             "cho {n} hộ dọc kênh {hamlet}", "với sự giúp đỡ của đồng chí {name}", "sau vụ lúa {season}"]
WEEKDAYS = ["hai", "ba", "tư", "năm", "sáu", "bảy"]
SEASONS = ["đông xuân", "hè thu", "thu đông"]
